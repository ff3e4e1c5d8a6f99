package com.wqs.adapter.web.api.dto;

import com.wqs.application.port.out.ApiToken;
import java.time.Instant;

/** A bearer token's public facts: never its hash. */
public record ApiTokenResponse(String id, String userId, String name, Instant createdAt) {
    public static ApiTokenResponse from(ApiToken token) {
        return new ApiTokenResponse(token.id().toString(), token.userId().toString(), token.name(),
                token.createdAt());
    }
}
