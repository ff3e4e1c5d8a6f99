package com.wqs.application.port.out;

import java.util.Objects;

/**
 * How the installation reaches customers: the SMTP sender ({@link MailSender#NONE} without one) and the
 * base of the customer links ({@code https://quotes.example.com}; empty: links are relative, {@code /p/...}).
 */
public record MailDelivery(MailSender sender, String linkBaseUrl) {
    public static final MailDelivery NONE = new MailDelivery(MailSender.NONE, "");

    public MailDelivery {
        Objects.requireNonNull(sender, "sender");
        linkBaseUrl = linkBaseUrl == null ? "" : linkBaseUrl.replaceAll("/+$", "");
    }

    public String linkFor(String token) {
        return linkBaseUrl + "/p/" + token;
    }
}
