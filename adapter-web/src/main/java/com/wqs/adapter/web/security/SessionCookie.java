package com.wqs.adapter.web.security;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The browser session cookie: HttpOnly (scripts never see the token), SameSite=Lax (not sent on
 * cross-site sub-requests or form posts), Secure when the server is reached over HTTPS.
 */
public final class SessionCookie {
    public static final String NAME = "wqs_session";

    private final boolean secure;

    public SessionCookie(boolean secure) {
        this.secure = secure;
    }

    /**
     * A browser-session cookie (no Max-Age): the browser drops it when it closes, and the server ends the
     * session itself at its idle or absolute expiry whatever the browser keeps.
     */
    public void set(Context ctx, String token) {
        ctx.cookie(new Cookie(NAME, token, "/", -1, secure, true, null, SameSite.LAX));
    }

    public void clear(Context ctx) {
        ctx.cookie(new Cookie(NAME, "", "/", 0, secure, true, null, SameSite.LAX));
    }
}
