package com.wqs.adapter.web.security;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Who may read {@code /metrics} (it names routes, statuses and error types): a scraper sending the
 * configured token as {@code Authorization: Bearer <token>}. Without a configured token the endpoint does
 * not exist (404); with one, a missing or wrong token is 401. Tokens are compared in constant time.
 */
public final class MetricsToken {
    private final Optional<byte[]> expected;

    /** @param configured the token, or null to disable {@code /metrics} */
    public MetricsToken(String configured) {
        this.expected = Optional.ofNullable(configured).map(MetricsToken::digest);
    }

    /**
     * @throws NotFoundResponse when no token is configured
     * @throws UnauthorizedResponse when the request does not carry the token
     */
    public void check(Context ctx) {
        if (expected.isEmpty()) {
            throw new NotFoundResponse("metrics are not enabled on this server (no metrics token is configured)");
        }
        boolean matches = Authenticator.bearerSecret(ctx).map(MetricsToken::digest)
                .filter(given -> MessageDigest.isEqual(given, expected.get())).isPresent();
        if (!matches) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"");
            throw new UnauthorizedResponse("send the metrics token as Authorization: Bearer <token>");
        }
    }

    /** Equal-length digests, so that the comparison's time says nothing about the token's length either. */
    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
