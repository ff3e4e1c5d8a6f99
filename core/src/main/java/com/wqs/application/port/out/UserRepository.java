package com.wqs.application.port.out;

import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import java.util.List;
import java.util.Optional;

public interface UserRepository {
    /** A duplicate email (case-insensitive) → CONFLICT. */
    void insert(User user);

    /** Optimistic update on {@code user.version()}; stale → CONFLICT. */
    void update(User user);

    Optional<User> findById(UserId id);

    /** Case-insensitive. */
    Optional<User> findByEmail(String email);

    /** All users sorted by email. */
    List<User> findAll();

    long count();
}
