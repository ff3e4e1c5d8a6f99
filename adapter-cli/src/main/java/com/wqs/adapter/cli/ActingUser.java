package com.wqs.adapter.cli;

import com.wqs.application.port.out.UserRepository;
import com.wqs.domain.shared.DomainException;
import com.wqs.domain.shared.ErrorKind;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import java.util.Comparator;

/**
 * Picks the user a CLI action runs as. The CLI has the database in hand, so it is trusted like the
 * server's own process: it names the user rather than signing in.
 */
final class ActingUser {
    private final UserRepository users;

    ActingUser(UserRepository users) {
        this.users = users;
    }

    /** The user with {@code email}, or when null the active ADMIN whose email sorts first. */
    Actor resolve(String email) {
        if (email != null && !email.isBlank()) {
            User user = users.findByEmail(email).orElseThrow(() -> new NotFoundException("user", email.trim()));
            if (!user.active()) {
                throw new NoActingUserException("user " + user.email() + " is disabled");
            }
            return user.asActor();
        }
        return users.findAll().stream()
                .filter(u -> u.active() && u.role() == Role.ADMIN)
                .min(Comparator.comparing(User::email))
                .map(User::asActor)
                .orElseThrow(() -> new NoActingUserException(users.count() == 0
                        ? "there are no users yet: create the first one with "
                                + "'wqs user add --role ADMIN --email EMAIL --name NAME --password'"
                        : "there is no active ADMIN: name a user with --as EMAIL"));
    }

    /** Nobody to act as; treated like a failed sign-in. */
    static final class NoActingUserException extends DomainException {
        NoActingUserException(String message) {
            super("cli.no_acting_user", message);
        }

        @Override
        public ErrorKind kind() {
            return ErrorKind.UNAUTHENTICATED;
        }
    }
}
