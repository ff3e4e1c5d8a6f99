package com.wqs.adapter.web.api.dto;

import com.wqs.domain.user.User;

/** A user as the API shows it: never the password hash. */
public record UserResponse(String id, String email, String fullName, String role, boolean active) {
    public static UserResponse from(User user) {
        return new UserResponse(user.id().toString(), user.email(), user.fullName(), user.role().name(),
                user.active());
    }
}
