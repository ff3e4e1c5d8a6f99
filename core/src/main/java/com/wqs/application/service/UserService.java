package com.wqs.application.service;

import com.wqs.application.port.in.ManageUsersUseCase;
import com.wqs.application.port.in.NewUserCommand;
import com.wqs.application.port.in.UserUpdateCommand;
import com.wqs.application.port.out.PasswordHasher;
import com.wqs.application.port.out.Store;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * User administration (ADMIN only). There is always an active ADMIN left; disabling a user signs them
 * out everywhere, resetting their password also revokes their API tokens. Passwords are hashed before the transaction
 * starts, so the slow hash never holds the store's write lock.
 */
public final class UserService implements ManageUsersUseCase {
    /** Stands in for the hash while the other fields are validated, so bad input costs no hashing. */
    private static final String UNHASHED = "unhashed";

    private final Store store;
    private final PasswordHasher hasher;

    public UserService(Store store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    @Override
    public User create(Actor actor, NewUserCommand command) {
        requireAdmin(actor);
        Objects.requireNonNull(command, "command");
        return insert(newUser(command.email(), command.fullName(), command.role(), command.password()), false);
    }

    @Override
    public List<User> list(Actor actor) {
        requireAdmin(actor);
        return store.transactions().inTransaction(() -> store.users().findAll());
    }

    @Override
    public User get(Actor actor, UserId id) {
        requireAdmin(actor);
        return store.transactions().inTransaction(() -> load(id));
    }

    @Override
    public Optional<User> findByEmail(Actor actor, String email) {
        requireAdmin(actor);
        return store.transactions().inTransaction(() -> store.users().findByEmail(User.normaliseEmail(email)));
    }

    @Override
    public User update(Actor actor, UserId id, UserUpdateCommand command) {
        requireAdmin(actor);
        Objects.requireNonNull(command, "command");
        return store.transactions().inTransaction(() -> {
            User current = load(id);
            User changed = current;
            if (command.fullName() != null) {
                changed = changed.withFullName(command.fullName());
            }
            if (command.role() != null) {
                changed = changed.withRole(command.role());
            }
            if (command.active() != null) {
                changed = changed.withActive(command.active());
            }
            if (isActiveAdmin(current) && !isActiveAdmin(changed) && activeAdminCount() == 1) {
                throw new ConflictException("user.last_admin",
                        "the last active ADMIN cannot be demoted or disabled; make another user ADMIN first");
            }
            store.users().update(changed);
            if (current.active() && !changed.active()) {
                store.sessions().deleteForUser(id);
            }
            return load(id);
        });
    }

    @Override
    public User resetPassword(Actor actor, UserId id, String newPassword) {
        requireAdmin(actor);
        User user = store.transactions().readOnly(() -> load(id));
        Passwords.check(store, newPassword, user.email(), user.fullName());
        String hash = hasher.hash(newPassword);
        // the version read before the slow hash: a change made meanwhile makes this one a CONFLICT
        return store.transactions().inTransaction(() -> Passwords.replace(store, user, hash, null));
    }

    @Override
    public User createFirstAdmin(String email, String fullName, String password) {
        return insert(newUser(email, fullName, Role.ADMIN, password), true);
    }

    /** Validates every field (reported together), then hashes the password. */
    private User newUser(String email, String fullName, Role role, String password) {
        Validation validation = new Validation();
        validation.check(() -> Passwords.check(store, password, email, fullName));
        User user = validation.check(() -> new User(UserId.newId(), email, fullName, UNHASHED, role, true, 0));
        validation.throwIfInvalid();
        return user.withPasswordHash(hasher.hash(password));
    }

    private User insert(User user, boolean onlyIfNoUsers) {
        return store.transactions().inTransaction(() -> {
            if (onlyIfNoUsers && store.users().count() > 0) {
                throw new ConflictException("user.already_initialised", "users exist already; ask an ADMIN");
            }
            if (store.users().findByEmail(user.email()).isPresent()) {
                throw new ConflictException("user.email_taken", "a user with email " + user.email() + " exists");
            }
            store.users().insert(user);
            return load(user.id());
        });
    }

    private long activeAdminCount() {
        return store.users().findAll().stream().filter(UserService::isActiveAdmin).count();
    }

    private static boolean isActiveAdmin(User user) {
        return user.active() && user.role() == Role.ADMIN;
    }

    private User load(UserId id) {
        return store.users().findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private static void requireAdmin(Actor actor) {
        Access.require(AccessPolicy.canManageUsers(actor), "only ADMIN manages users");
    }
}
