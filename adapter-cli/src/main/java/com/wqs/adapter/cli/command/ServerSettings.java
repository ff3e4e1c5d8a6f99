package com.wqs.adapter.cli.command;

import com.wqs.adapter.web.WebConfig;
import com.wqs.domain.shared.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The web server's settings: command-line options first, then environment variables, then defaults. */
final class ServerSettings {
    private final Map<String, String> env;

    ServerSettings(Map<String, String> env) {
        this.env = env;
    }

    WebConfig config(Integer port, String host, boolean secureCookies, List<String> trustedOrigins,
            boolean trustForwardedFor, String publicUrl, String metricsToken) {
        WebConfig defaults = WebConfig.defaults();
        int chosenPort = port != null ? port : envPort(defaults.port());
        if (chosenPort < 0 || chosenPort > 65_535) {
            throw new ValidationException("--port", "must be between 0 and 65535");
        }
        List<String> origins = trustedOrigins != null ? trustedOrigins : envList("WQS_TRUSTED_ORIGINS");
        return new WebConfig(host != null ? host : env.getOrDefault("WQS_HOST", defaults.host()), chosenPort,
                secureCookies || envFlag("WQS_SECURE_COOKIES"), defaults.maxBodyBytes(), defaults.shutdownGrace(),
                origins, trustForwardedFor || envFlag("WQS_TRUST_FORWARDED_FOR"), WebModules.LOGIN_PAGE,
                publicUrl(publicUrl != null ? publicUrl : env.get("WQS_PUBLIC_URL")),
                metricsToken(metricsToken));
    }

    private static String publicUrl(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.trim();
        if (!url.matches("(?i)https?://[^/\\s?#]+(/\\S*)?")) {
            throw new ValidationException("--public-url", "must be an http:// or https:// URL, e.g. https://quotes.example.com");
        }
        return url;
    }

    /** The option, else {@code $WQS_METRICS_TOKEN}; none (blank) leaves {@code /metrics} disabled. */
    private String metricsToken(String option) {
        String source = option != null ? "--metrics-token" : "WQS_METRICS_TOKEN";
        String token = option != null ? option : env.get("WQS_METRICS_TOKEN");
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            return WebConfig.defaults().withMetricsToken(token.trim()).metricsToken();
        } catch (IllegalArgumentException e) {
            throw new ValidationException(source, e.getMessage());
        }
    }

    private int envPort(int fallback) {
        String value = env.get("WQS_PORT");
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!value.trim().matches("\\d{1,5}")) {
            throw new ValidationException("WQS_PORT", "must be a port number");
        }
        return Integer.parseInt(value.trim());
    }

    private boolean envFlag(String name) {
        return "true".equalsIgnoreCase(env.getOrDefault(name, "").trim());
    }

    private List<String> envList(String name) {
        String value = env.getOrDefault(name, "");
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
