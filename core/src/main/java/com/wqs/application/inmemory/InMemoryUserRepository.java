package com.wqs.application.inmemory;

import com.wqs.application.port.out.UserRepository;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryUserRepository implements UserRepository {
    private final InMemoryDatabase database;

    InMemoryUserRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public void insert(User user) {
        database.write(tables -> {
            if (tables.users.containsKey(user.id())) {
                throw new ConflictException("user.duplicate", "user " + user.id() + " already exists");
            }
            checkEmailFree(tables, user);
            tables.users.put(user.id(), user.withVersion(0));
        });
    }

    @Override
    public void update(User user) {
        database.write(tables -> {
            User stored = tables.users.get(user.id());
            long version = Versions.next("user", user.id(), stored == null ? null : stored.version(), user.version());
            checkEmailFree(tables, user);
            tables.users.put(user.id(), user.withVersion(version));
        });
    }

    /** Emails are kept lower-case by {@link User}, so equal strings mean equal regardless of case. */
    private static void checkEmailFree(Tables tables, User user) {
        boolean taken = tables.users.values().stream()
                .anyMatch(u -> u.email().equals(user.email()) && !u.id().equals(user.id()));
        if (taken) {
            throw new ConflictException("user.duplicate_email", "a user with email " + user.email() + " exists");
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        return database.read(tables -> Optional.ofNullable(tables.users.get(id)));
    }

    @Override
    public Optional<User> findByEmail(String email) {
        String wanted = User.normaliseEmail(email);
        return database.read(tables -> tables.users.values().stream()
                .filter(u -> u.email().equals(wanted))
                .findFirst());
    }

    @Override
    public List<User> findAll() {
        return database.read(tables -> tables.users.values().stream()
                .sorted(Comparator.comparing(User::email))
                .toList());
    }

    @Override
    public long count() {
        return database.read(tables -> (long) tables.users.size());
    }
}
