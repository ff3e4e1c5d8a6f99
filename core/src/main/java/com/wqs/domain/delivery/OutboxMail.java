package com.wqs.domain.delivery;

import com.wqs.domain.quote.QuoteId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One e-mail in the outbox, written in the same transaction as what caused it and delivered later by
 * the outbox worker. The body holds the placeholder {@value #LINK_PLACEHOLDER} where the customer link
 * goes; the link's token is kept in {@code linkToken} only until the mail is delivered or given up on, so
 * the database holds the usable link no longer than needed. {@code attachmentLinkId} names the customer
 * link whose stored PDF is attached. {@code messageId} is fixed when the mail is written: a retry after a
 * delivery whose answer was lost sends the same Message-ID (at-least-once, recognisable duplicates).
 */
public record OutboxMail(UUID id, QuoteId quoteId, MailKind kind, String toAddress, String toName, String subject,
        String body, String linkToken, UUID attachmentLinkId, String attachmentName, String messageId,
        MailStatus status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
        Instant sentAt) {
    public static final String LINK_PLACEHOLDER = "{{customer-link}}";

    public OutboxMail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(toAddress, "toAddress");
        toName = toName == null ? "" : toName;
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        lastError = lastError == null ? "" : lastError;
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Optional<UUID> attachment() {
        return Optional.ofNullable(attachmentLinkId);
    }
}
