package com.wqs.adapter.web.security;

import com.wqs.application.port.in.AuthenticatedUser;
import com.wqs.application.port.in.AuthenticationUseCase;
import com.wqs.application.port.in.LoginResult;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Starting and ending browser sessions on a response: the session cookie, the server-side session, and
 * what the current request counts as signed in. Used by the API login/logout and by the HTML login form.
 */
public final class BrowserSessions {
    private final AuthenticationUseCase authentication;
    private final Authenticator authenticator;
    private final SessionCookie cookie;

    public BrowserSessions(AuthenticationUseCase authentication, Authenticator authenticator, SessionCookie cookie) {
        this.authentication = authentication;
        this.authenticator = authenticator;
        this.cookie = cookie;
    }

    /**
     * Hands the browser the session of a successful login; a session the browser held before is ended,
     * so a login always leaves exactly one session with a new id.
     */
    public void replacePrevious(Context ctx, LoginResult login) {
        endServerSession(ctx);
        cookie.set(ctx, login.sessionToken());
        authenticator.remember(ctx, Optional.of(new Authentication(
                new AuthenticatedUser(login.user(), login.csrfToken()), Authentication.Method.SESSION,
                login.sessionToken())));
    }

    /** Ends the session named by the request's cookie (if any) and clears the cookie. */
    public void end(Context ctx) {
        endServerSession(ctx);
        cookie.clear(ctx);
        authenticator.remember(ctx, Optional.empty());
    }

    private void endServerSession(Context ctx) {
        String token = cookie.read(ctx);
        if (token != null && !token.isBlank()) {
            authentication.logout(token);
        }
    }
}
