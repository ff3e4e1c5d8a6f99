package com.wqs.application.port.out;

import com.wqs.domain.user.ApiTokenId;
import com.wqs.domain.user.UserId;
import java.time.Instant;

/** A bearer token for scripts; only its SHA-256 hash is stored. */
public record ApiToken(ApiTokenId id, UserId userId, String name, String tokenHash, Instant createdAt) {
}
