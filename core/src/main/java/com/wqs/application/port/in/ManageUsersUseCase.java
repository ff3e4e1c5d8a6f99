package com.wqs.application.port.in;

import com.wqs.domain.user.Actor;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** ADMIN only, except {@link #createFirstAdmin}, which works only while there are no users at all. */
public interface ManageUsersUseCase {
    User create(Actor actor, NewUserCommand command);

    List<User> list(Actor actor);

    User get(Actor actor, UserId id);

    Optional<User> findByEmail(Actor actor, String email);

    /** The last active ADMIN cannot be demoted or disabled (CONFLICT). Disabling ends the user's sessions. */
    User update(Actor actor, UserId id, UserUpdateCommand command);

    /** Sets a new password (the password policy applies), ends the user's sessions and revokes their API tokens. */
    User resetPassword(Actor actor, UserId id, String newPassword);

    /** Bootstraps an empty installation; CONFLICT when any user exists. */
    User createFirstAdmin(String email, String fullName, String password);
}
