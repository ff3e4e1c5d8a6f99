package com.wqs.application.port.out;

import com.wqs.domain.user.UserId;
import java.time.Instant;

/**
 * A signed-in browser session. Only the SHA-256 hash of the session token is stored. It ends at
 * {@code expiresAt} (absolute) or when idle too long since {@code lastSeenAt}.
 */
public record Session(String tokenHash, UserId userId, String csrfToken, Instant createdAt, Instant lastSeenAt,
        Instant expiresAt) {
}
