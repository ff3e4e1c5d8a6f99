package com.wqs.adapter.web.security;

import com.wqs.adapter.web.http.Transport;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The browser session cookie: HttpOnly (scripts never see the token), SameSite=Lax (not sent on
 * cross-site sub-requests or form posts), Path=/ and no Domain. Over HTTPS ({@link Transport}) it is
 * {@code Secure} and named {@value #SECURE_NAME}: browsers accept a {@code __Host-} cookie only from a
 * secure origin, for exactly this host, so neither a plain-HTTP response nor a sibling subdomain can
 * plant or overwrite it; over HTTPS the plain-named cookie is ignored for the same reason.
 */
public final class SessionCookie {
    public static final String NAME = "wqs_session";
    public static final String SECURE_NAME = "__Host-" + NAME;

    private final Transport transport;

    public SessionCookie(Transport transport) {
        this.transport = transport;
    }

    /** The session token the request carries, or null. */
    public String read(Context ctx) {
        return ctx.cookie(name(ctx));
    }

    /**
     * A browser-session cookie (no Max-Age): the browser drops it when it closes, and the server ends the
     * session itself at its idle or absolute expiry whatever the browser keeps.
     */
    public void set(Context ctx, String token) {
        boolean https = transport.isHttps(ctx);
        ctx.cookie(new Cookie(https ? SECURE_NAME : NAME, token, "/", -1, https, true, null, SameSite.LAX));
    }

    public void clear(Context ctx) {
        boolean https = transport.isHttps(ctx);
        ctx.cookie(new Cookie(https ? SECURE_NAME : NAME, "", "/", 0, https, true, null, SameSite.LAX));
    }

    private String name(Context ctx) {
        return transport.isHttps(ctx) ? SECURE_NAME : NAME;
    }
}
