package com.wqs.adapter.web.api.dto;

import com.wqs.domain.delivery.MailKind;
import com.wqs.domain.delivery.MailStatus;
import com.wqs.domain.delivery.OutboxMail;
import java.time.Instant;

/**
 * One e-mail of the outbox: QUEUED (waiting for its next attempt), SENT, or FAILED; {@code lastError} is the
 * SMTP server's reply (or why it could not be reached) of the latest failed attempt.
 */
public record OutboxMailResponse(String id, @EnumNames(MailKind.class) String kind, String to, String subject,
        @EnumNames(MailStatus.class) String status, int attempts, String lastError, Instant createdAt,
        Instant nextAttemptAt, Instant sentAt, String messageId) {
    public static OutboxMailResponse from(OutboxMail m) {
        return new OutboxMailResponse(m.id().toString(), m.kind().name(), m.toAddress(), m.subject(), m.status().name(),
                m.attempts(), m.lastError(), m.createdAt(), m.nextAttemptAt(), m.sentAt(), m.messageId());
    }
}
