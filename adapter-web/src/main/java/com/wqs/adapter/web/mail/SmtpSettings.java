package com.wqs.adapter.web.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * Where and how the outbox reaches an SMTP server. The password is never printed ({@link #toString}
 * leaves it out); it comes from an environment variable or a secret file, not from a flag.
 */
public record SmtpSettings(String host, int port, Security security, String user, String password,
        String fromAddress, String fromName) {

    /** NONE: plain SMTP (no TLS at all); STARTTLS: upgrade on the submission port (587); TLS: implicit TLS (465). */
    public enum Security {
        NONE,
        STARTTLS,
        TLS;

        public static Security parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("SMTP security must be NONE, STARTTLS or TLS, not '" + text + "'");
            }
        }

        int defaultPort() {
            return switch (this) {
                case NONE -> 25;
                case STARTTLS -> 587;
                case TLS -> 465;
            };
        }
    }

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        if (host.isBlank()) {
            throw new IllegalArgumentException("the SMTP host is empty");
        }
        if (port == 0) {
            port = security.defaultPort();
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the SMTP port must be 1 to 65535");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (fromAddress == null || fromAddress.isBlank()) {
            throw new IllegalArgumentException("the sender address (--mail-from) is required with an SMTP host");
        }
        fromName = fromName == null ? "" : fromName;
    }

    public boolean authenticates() {
        return !user.isBlank();
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + security + " " + host + ":" + port + (authenticates() ? " as " + user + " (password set)" : "")
                + ", from " + fromAddress + "]";
    }
}
