package com.wqs.adapter.web.api.dto;

import java.time.Instant;

/** The signed-in user and the CSRF token the session's state-changing requests must send. */
public record LoginResponse(UserResponse user, String csrfToken, Instant expiresAt) {
}
