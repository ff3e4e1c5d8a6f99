package com.wqs.adapter.web.security;

import com.wqs.domain.user.Actor;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * What route handlers (API and HTML pages alike) ask about the current request's user. On routes that
 * are not {@code Access.PUBLIC} the server has already required authentication, so {@link #actor} always
 * succeeds there; on public routes {@link #current} tells whether someone is signed in.
 */
public final class RequestAuth {
    private RequestAuth() {
    }

    /** The signed-in user, resolved once per request from the bearer token or the session cookie. */
    public static Optional<Authentication> current(Context ctx) {
        return ctx.appData(Authenticator.KEY).resolve(ctx);
    }

    /** The acting user; {@code UnauthenticatedException} (401) when nobody is signed in. */
    public static Actor actor(Context ctx) {
        return ctx.appData(Authenticator.KEY).require(ctx).actor();
    }

    public static Authentication require(Context ctx) {
        return ctx.appData(Authenticator.KEY).require(ctx);
    }

    /** The CSRF token that state-changing requests of this browser session must send; empty for bearer tokens. */
    public static Optional<String> csrfToken(Context ctx) {
        return current(ctx).map(Authentication::csrfToken);
    }
}
