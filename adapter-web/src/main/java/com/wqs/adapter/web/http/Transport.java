package com.wqs.adapter.web.http;

import io.javalin.http.Context;

/**
 * Whether a request reached users over HTTPS: always when the server is configured as served over HTTPS
 * (a public {@code https://} URL, or Secure cookies asked for), when Jetty itself terminated TLS, or when
 * the trusted reverse proxy says so with {@code X-Forwarded-Proto: https} (its last entry, which that
 * proxy set; only honoured when a trusted proxy is configured, as a client could send it too). Over
 * HTTPS the server sends HSTS and names its session cookie {@code __Host-wqs_session} with
 * {@code Secure}; plain-HTTP local use keeps the plain cookie.
 */
public final class Transport {
    private final boolean alwaysHttps;
    private final boolean trustForwardedProto;

    public Transport(boolean alwaysHttps, boolean trustForwardedProto) {
        this.alwaysHttps = alwaysHttps;
        this.trustForwardedProto = trustForwardedProto;
    }

    public boolean isHttps(Context ctx) {
        if (alwaysHttps || ctx.req().isSecure()) {
            return true;
        }
        return trustForwardedProto && ClientAddress.lastHop(ctx.header("X-Forwarded-Proto"))
                .map(proto -> proto.equalsIgnoreCase("https")).orElse(false);
    }
}
