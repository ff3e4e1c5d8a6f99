package com.wqs.application.port.out;

import java.util.Objects;

/** One e-mail ready for the SMTP server: recipient, subject, plain-text body, an optional PDF, its Message-ID. */
public record OutgoingMail(String toAddress, String toName, String subject, String body, String attachmentName,
        byte[] attachment, String messageId) {
    public OutgoingMail {
        Objects.requireNonNull(toAddress, "toAddress");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(messageId, "messageId");
    }

    public boolean hasAttachment() {
        return attachment != null;
    }
}
