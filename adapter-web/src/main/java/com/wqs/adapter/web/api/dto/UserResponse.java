package com.wqs.adapter.web.api.dto;

import com.wqs.domain.user.User;

/**
 * A user as the API shows it: never the password hash. {@code language}: the one they chose for their
 * pages ({@code en}, {@code es}), null for their browser's.
 */
public record UserResponse(String id, String email, String fullName, String role, boolean active,
        @Description("en or es; null: the browser's language, else the installation's") String language) {
    public static UserResponse from(User user) {
        return new UserResponse(user.id().toString(), user.email(), user.fullName(), user.role().name(),
                user.active(), user.language() == null ? null : user.language().tag());
    }
}
