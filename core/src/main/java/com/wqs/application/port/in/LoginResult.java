package com.wqs.application.port.in;

import com.wqs.domain.user.User;
import java.time.Instant;

/** A new session: the token (given to the browser once, stored only hashed) and its CSRF token. */
public record LoginResult(String sessionToken, String csrfToken, User user, Instant expiresAt) {
}
