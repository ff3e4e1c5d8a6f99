package com.wqs.adapter.web.http;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Headers on every response. The pages load scripts, styles, fonts and images from this server only;
 * no inline script is allowed ({@code script-src 'self'}), images may also be {@code data:} URLs (the
 * company logo) and nothing may frame the application.
 */
public final class SecurityHeaders {
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The headers of every response, whatever its path (also on those Jetty answers before any route). */
    public static final Map<String, String> EVERY_RESPONSE = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    private SecurityHeaders() {
    }

    /** Browsers keep to HTTPS for this host and its subdomains for a year (OWASP ASVS 5.0, V3.4.1). */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    /** @param https the request came over HTTPS ({@link Transport}): only then is HSTS sent */
    public static void apply(Context ctx, boolean https) {
        if (https) {
            ctx.header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        EVERY_RESPONSE.forEach(ctx::header);
        if (ctx.path().startsWith("/api/")) {
            // API answers carry personal and commercial data: never keep them in shared caches.
            ctx.header("Cache-Control", "no-store");
        }
    }
}
