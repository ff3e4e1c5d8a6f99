package com.wqs.domain.user;

import java.util.Objects;

/** Who is acting: the signed-in user's id and role. Every use case takes one. */
public record Actor(UserId userId, Role role) {
    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
