package com.wqs.adapter.web.api.dto;

/** A new token; {@code secret} is shown this once (send it as {@code Authorization: Bearer <secret>}). */
public record CreatedTokenResponse(ApiTokenResponse token, String secret) {
}
