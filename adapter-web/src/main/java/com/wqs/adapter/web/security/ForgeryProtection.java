package com.wqs.adapter.web.security;

import com.wqs.domain.shared.ForbiddenException;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery defences for state-changing requests (POST, PUT, PATCH, DELETE):
 * <ul>
 *   <li>a strict Origin check on every one of them (the login included): when the browser names the
 *   page that sent the request ({@code Origin}, or else {@code Referer}), its host must be this server's
 *   {@code Host} or one of the configured trusted origins; requests naming neither come from non-browser
 *   clients and pass;</li>
 *   <li>for requests authenticated by the session cookie, the session's CSRF token in the
 *   {@code X-CSRF-Token} header (scripts, from {@code GET /api/v1/me}) or the {@code _csrf} form field
 *   (HTML forms). Bearer-token requests carry no ambient credential and need no token.</li>
 * </ul>
 */
public final class ForgeryProtection {
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FORM_FIELD = "_csrf";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final List<String> trustedOrigins;

    public ForgeryProtection(List<String> trustedOrigins) {
        this.trustedOrigins = trustedOrigins.stream().map(ForgeryProtection::normalise).toList();
    }

    public static boolean isStateChanging(HandlerType method) {
        return STATE_CHANGING.contains(method.name());
    }

    public void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String claimed = origin != null ? origin : referrerOrigin(ctx.header("Referer"));
        if (claimed == null) {
            return;
        }
        if (!isAllowed(claimed, ctx.header("Host"))) {
            throw new ForbiddenException("cross-origin request refused");
        }
    }

    public void checkCsrfToken(Context ctx, Authentication authentication) {
        if (authentication.method() != Authentication.Method.SESSION) {
            return;
        }
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && (ctx.isFormUrlencoded() || ctx.isMultipartFormData())) {
            sent = ctx.formParam(CSRF_FORM_FIELD);
        }
        String expected = authentication.csrfToken();
        if (sent == null || expected == null || !MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenException("missing or invalid CSRF token (send the " + CSRF_HEADER + " header)");
        }
    }

    private boolean isAllowed(String claimedOrigin, String host) {
        String normalised = normalise(claimedOrigin);
        if (trustedOrigins.contains(normalised)) {
            return true;
        }
        String authority = authorityOf(normalised);
        return authority != null && host != null && authority.equals(host.trim().toLowerCase(Locale.ROOT));
    }

    private static String referrerOrigin(String referer) {
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(referer.trim());
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return "null";
            }
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return "null";
        }
    }

    private static String authorityOf(String origin) {
        try {
            URI uri = URI.create(origin);
            return uri.getScheme() == null ? null : uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String normalise(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
