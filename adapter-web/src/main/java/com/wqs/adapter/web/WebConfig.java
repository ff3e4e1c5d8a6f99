package com.wqs.adapter.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the web server runs.
 *
 * @param host interface to listen on ({@code 0.0.0.0} for all)
 * @param port TCP port; 0 picks a free one (tests)
 * @param secureCookies users reach the server over HTTPS (as an {@code https://} public URL does): HSTS and
 *     the {@code Secure}, {@code __Host-} session cookie
 * @param maxBodyBytes largest request body accepted; larger bodies get 413
 * @param shutdownGrace how long {@link WebServer#stop()} waits for requests in flight
 * @param trustedOrigins extra origins (e.g. {@code https://quotes.example.com}) accepted on state-changing
 *     requests besides the server's own host, for deployments behind a proxy that rewrites {@code Host}
 * @param trustForwardedFor take the client address from {@code X-Forwarded-For} (only behind a proxy that
 *     sets it; otherwise a client could dodge the per-address login throttle by forging it)
 * @param loginPagePath where an unauthenticated browser navigation to an HTML page is redirected; null
 *     answers 401 problem+json everywhere
 * @param publicUrl the address users reach the server at (e.g. {@code https://quotes.example.com}), or
 *     null; an {@code https://} one means every request came over HTTPS (HSTS, {@code __Host-} Secure
 *     session cookie), and its origin is trusted on state-changing requests
 * @param metricsToken the secret a scraper sends as {@code Authorization: Bearer <token>} to read
 *     {@code /metrics}; null disables {@code /metrics} (404). At least {@value #MIN_METRICS_TOKEN_LENGTH}
 *     characters, no spaces.
 */
public record WebConfig(String host, int port, boolean secureCookies, long maxBodyBytes, Duration shutdownGrace,
        List<String> trustedOrigins, boolean trustForwardedFor, String loginPagePath, String publicUrl,
        String metricsToken) {

    public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;
    public static final int MIN_METRICS_TOKEN_LENGTH = 16;

    public WebConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024: " + maxBodyBytes);
        }
        trustedOrigins = trustedOrigins == null ? List.of() : List.copyOf(trustedOrigins);
        if (metricsToken != null && (metricsToken.length() < MIN_METRICS_TOKEN_LENGTH
                || !metricsToken.chars().allMatch(c -> c > ' ' && c < 127))) {
            throw new IllegalArgumentException("the metrics token must be at least " + MIN_METRICS_TOKEN_LENGTH
                    + " printable ASCII characters without spaces");
        }
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : normalisedPublicUrl(publicUrl.trim());
    }

    /** Users come over HTTPS: a public {@code https://} URL, or Secure cookies asked for. */
    public boolean servedOverHttps() {
        return secureCookies || (publicUrl != null && publicUrl.startsWith("https://"));
    }

    /** The trusted origins with the public URL's origin (scheme, host and port) added. */
    public List<String> originsToTrust() {
        if (publicUrl == null) {
            return trustedOrigins;
        }
        URI uri = URI.create(publicUrl);
        List<String> origins = new ArrayList<>(trustedOrigins);
        origins.add(uri.getScheme() + "://" + uri.getRawAuthority());
        return List.copyOf(origins);
    }

    private static String normalisedPublicUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getRawAuthority() == null) {
                throw new IllegalArgumentException("publicUrl must be an http:// or https:// URL: " + url);
            }
            return scheme + url.substring(scheme.length());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("publicUrl must be an http:// or https:// URL: " + url, e);
        }
    }

    /** Port 8080 on every interface, plain HTTP cookies, 4 MiB bodies, 10 s shutdown grace, no {@code /metrics}. */
    public static WebConfig defaults() {
        return new WebConfig("0.0.0.0", 8080, false, DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(10), List.of(), false,
                null, null, null);
    }

    public WebConfig withPort(int newPort) {
        return new WebConfig(host, newPort, secureCookies, maxBodyBytes, shutdownGrace, trustedOrigins,
                trustForwardedFor, loginPagePath, publicUrl, metricsToken);
    }

    public WebConfig withHost(String newHost) {
        return new WebConfig(newHost, port, secureCookies, maxBodyBytes, shutdownGrace, trustedOrigins,
                trustForwardedFor, loginPagePath, publicUrl, metricsToken);
    }

    public WebConfig withSecureCookies(boolean secure) {
        return new WebConfig(host, port, secure, maxBodyBytes, shutdownGrace, trustedOrigins, trustForwardedFor,
                loginPagePath, publicUrl, metricsToken);
    }

    public WebConfig withMaxBodyBytes(long bytes) {
        return new WebConfig(host, port, secureCookies, bytes, shutdownGrace, trustedOrigins, trustForwardedFor,
                loginPagePath, publicUrl, metricsToken);
    }

    public WebConfig withShutdownGrace(Duration grace) {
        return new WebConfig(host, port, secureCookies, maxBodyBytes, grace, trustedOrigins, trustForwardedFor,
                loginPagePath, publicUrl, metricsToken);
    }

    public WebConfig withTrustedOrigins(List<String> origins) {
        return new WebConfig(host, port, secureCookies, maxBodyBytes, shutdownGrace, origins, trustForwardedFor,
                loginPagePath, publicUrl, metricsToken);
    }

    public WebConfig withTrustForwardedFor(boolean trust) {
        return new WebConfig(host, port, secureCookies, maxBodyBytes, shutdownGrace, trustedOrigins, trust,
                loginPagePath, publicUrl, metricsToken);
    }

    public WebConfig withPublicUrl(String url) {
        return new WebConfig(host, port, secureCookies, maxBodyBytes, shutdownGrace, trustedOrigins,
                trustForwardedFor, loginPagePath, url, metricsToken);
    }

    public WebConfig withLoginPagePath(String path) {
        return new WebConfig(host, port, secureCookies, maxBodyBytes, shutdownGrace, trustedOrigins,
                trustForwardedFor, path, publicUrl, metricsToken);
    }

    public WebConfig withMetricsToken(String token) {
        return new WebConfig(host, port, secureCookies, maxBodyBytes, shutdownGrace, trustedOrigins,
                trustForwardedFor, loginPagePath, publicUrl, token);
    }
}
