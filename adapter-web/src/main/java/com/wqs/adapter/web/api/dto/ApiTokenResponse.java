package com.wqs.adapter.web.api.dto;

import com.wqs.application.port.out.ApiToken;
import java.time.Instant;

/** A bearer token's public facts: never its hash. {@code lastUsedAt} is null until first used (to the minute). */
public record ApiTokenResponse(String id, String userId, String name, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt) {
    public static ApiTokenResponse from(ApiToken token) {
        return new ApiTokenResponse(token.id().toString(), token.userId().toString(), token.name(),
                token.createdAt(), token.expiresAt(), token.lastUsedAt());
    }
}
