package com.wqs.adapter.web.security;

import com.wqs.adapter.web.http.AccessLog;
import com.wqs.application.port.in.AuthenticationUseCase;
import com.wqs.domain.shared.UnauthenticatedException;
import io.javalin.config.Key;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Resolves a request's credentials once per request: an {@code Authorization: Bearer} token when the
 * header is present (a request that sends one is judged by it alone), otherwise the session cookie
 * ({@link SessionCookie}).
 */
public final class Authenticator {
    public static final Key<Authenticator> KEY = new Key<>("wqs.authenticator");
    private static final String ATTRIBUTE = "wqs.authentication";
    private static final String BEARER = "Bearer ";

    private final AuthenticationUseCase authentication;
    private final SessionCookie cookie;

    public Authenticator(AuthenticationUseCase authentication, SessionCookie cookie) {
        this.authentication = authentication;
        this.cookie = cookie;
    }

    public Optional<Authentication> resolve(Context ctx) {
        Resolved cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached.authentication();
        }
        Optional<Authentication> result = lookUp(ctx);
        remember(ctx, result);
        return result;
    }

    /** Who signed in, when this request has already found out; never looks anything up (for error pages). */
    public static Optional<Authentication> known(Context ctx) {
        Resolved cached = ctx.attribute(ATTRIBUTE);
        return cached == null ? Optional.empty() : cached.authentication();
    }

    public Authentication require(Context ctx) {
        return resolve(ctx).orElseThrow(UnauthenticatedException::new);
    }

    /** Records a sign-in or sign-out made by this request (login, logout). */
    public void remember(Context ctx, Optional<Authentication> result) {
        ctx.attribute(ATTRIBUTE, new Resolved(result));
        ctx.attribute(AccessLog.USER_ID_ATTRIBUTE, result.map(a -> a.user().id().toString()).orElse(null));
    }

    /** The secret of an {@code Authorization: Bearer <secret>} header; empty when there is none or it is another scheme. */
    public static Optional<String> bearerSecret(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String secret = authorization.substring(BEARER.length()).trim();
        return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
    }

    private Optional<Authentication> lookUp(Context ctx) {
        if (ctx.header("Authorization") != null) {
            return bearerSecret(ctx).flatMap(authentication::authenticateApiToken)
                    .map(user -> new Authentication(user, Authentication.Method.TOKEN, null));
        }
        String session = cookie.read(ctx);
        if (session == null || session.isBlank()) {
            return Optional.empty();
        }
        return authentication.authenticateSession(session)
                .map(user -> new Authentication(user, Authentication.Method.SESSION, session));
    }

    private record Resolved(Optional<Authentication> authentication) {
    }
}
