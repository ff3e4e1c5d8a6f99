package com.wqs.adapter.web.api.dto;

/**
 * The current user; {@code csrfToken} is the session's token (send it as {@code X-CSRF-Token}), null
 * for bearer-token requests; {@code authMethod} is {@code SESSION} or {@code TOKEN}.
 */
public record MeResponse(UserResponse user, String csrfToken, String authMethod) {
}
