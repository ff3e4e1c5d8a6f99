package com.wqs.adapter.cli;

import com.wqs.adapter.web.mail.SmtpSettings;
import com.wqs.domain.delivery.MailAddresses;
import com.wqs.domain.shared.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The SMTP server of {@code serve}: options first, then environment variables. The password is read from
 * {@code $WQS_SMTP_PASSWORD} or the file {@code --smtp-password-file} / {@code $WQS_SMTP_PASSWORD_FILE} (a
 * secret mounted by the orchestrator), never from a flag, and never printed.
 */
public final class MailSettings {
    private final Map<String, String> env;

    public MailSettings(Map<String, String> env) {
        this.env = env;
    }

    /** The SMTP settings, or empty when no host is given (nothing is e-mailed). */
    public Optional<SmtpSettings> smtp(String host, Integer port, String security, String user, String passwordFile,
            String from, String fromName) {
        String chosenHost = pick(host, "WQS_SMTP_HOST");
        if (chosenHost == null) {
            return Optional.empty();
        }
        String sender = pick(from, "WQS_MAIL_FROM");
        if (sender == null || !MailAddresses.isValid(sender)) {
            throw new ValidationException("--mail-from", "an SMTP server needs a valid sender address, e.g. quotes@shop.example");
        }
        SmtpSettings.Security chosenSecurity;
        try {
            String text = pick(security, "WQS_SMTP_SECURITY");
            chosenSecurity = text == null ? SmtpSettings.Security.STARTTLS : SmtpSettings.Security.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("--smtp-security", e.getMessage());
        }
        int chosenPort = port != null ? port : envPort();
        try {
            return Optional.of(new SmtpSettings(chosenHost, chosenPort, chosenSecurity, pick(user, "WQS_SMTP_USER"),
                    password(passwordFile), sender, pick(fromName, "WQS_MAIL_FROM_NAME")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("--smtp-host", e.getMessage());
        }
    }

    private String password(String fileOption) {
        String file = pick(fileOption, "WQS_SMTP_PASSWORD_FILE");
        if (file != null) {
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new ValidationException("--smtp-password-file", "cannot be read: " + e.getMessage());
            }
        }
        return env.getOrDefault("WQS_SMTP_PASSWORD", "");
    }

    private int envPort() {
        String value = env.get("WQS_SMTP_PORT");
        if (value == null || value.isBlank()) {
            return 0;
        }
        if (!value.trim().matches("\\d{1,5}")) {
            throw new ValidationException("WQS_SMTP_PORT", "must be a port number");
        }
        return Integer.parseInt(value.trim());
    }

    private String pick(String option, String variable) {
        String value = option != null ? option : env.get(variable);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
