package com.wqs.application.port.out;

import com.wqs.domain.user.ApiTokenId;
import com.wqs.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token for scripts; only its SHA-256 hash is stored. It stops working at {@code expiresAt};
 * {@code lastUsedAt} (null: never used) is kept to the minute, so using a token rarely writes.
 */
public record ApiToken(ApiTokenId id, UserId userId, String name, String tokenHash, Instant createdAt,
        Instant expiresAt, Instant lastUsedAt) {

    public ApiToken {
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean hasExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public ApiToken withLastUsedAt(Instant at) {
        return new ApiToken(id, userId, name, tokenHash, createdAt, expiresAt, at);
    }
}
