package com.wqs.adapter.web.security;

import com.wqs.application.port.in.AuthenticatedUser;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.User;

/**
 * Who a request belongs to and how they proved it. {@code sessionToken} is set for {@link Method#SESSION}
 * (the cookie's value) and null for bearer tokens.
 */
public record Authentication(AuthenticatedUser authenticated, Method method, String sessionToken) {
    public enum Method {
        /** browser session cookie: state changes need the CSRF token */
        SESSION,
        /** {@code Authorization: Bearer} API token */
        TOKEN
    }

    public User user() {
        return authenticated.user();
    }

    public Actor actor() {
        return authenticated.user().asActor();
    }

    /** The session's CSRF token; null for bearer tokens. */
    public String csrfToken() {
        return authenticated.csrfToken();
    }
}
