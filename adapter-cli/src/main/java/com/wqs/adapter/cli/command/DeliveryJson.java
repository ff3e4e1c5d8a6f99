package com.wqs.adapter.cli.command;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.wqs.application.port.in.QuoteDeliveryUseCase.QuoteDelivery;
import com.wqs.application.port.in.QuoteDeliveryUseCase.SentQuote;
import com.wqs.domain.delivery.CustomerLink;
import com.wqs.domain.delivery.OutboxMail;
import java.time.Instant;
import java.util.List;

/** How the CLI prints a quote's delivery in JSON (never the link's token but on send and resend, nor a mail's body). */
final class DeliveryJson {
    private DeliveryJson() {
    }

    record Mail(String kind, String to, String status, int attempts, String lastError, Instant createdAt,
            Instant nextAttemptAt, Instant sentAt) {
        static Mail of(OutboxMail m) {
            return new Mail(m.kind().name(), m.toAddress(), m.status().name(), m.attempts(), m.lastError(), m.createdAt(),
                    m.nextAttemptAt(), m.sentAt());
        }
    }

    record Link(int revision, String pdfSha256, String revoked, Integer replacementRevision, String decision,
            String decidedByName, String reason, Instant decidedAt, String clientAddress, String userAgent) {
        static Link of(CustomerLink l) {
            var r = l.response();
            return new Link(l.revision(), l.pdfSha256(), l.revocation() == null ? null : l.revocation().reason().name(),
                    l.revocation() == null ? null : l.revocation().replacementRevision(),
                    r == null ? null : r.decision().name(), r == null ? null : r.fullName(), r == null ? null : r.reason(),
                    r == null ? null : r.at(), r == null ? null : r.clientAddress(), r == null ? null : r.userAgent());
        }
    }

    record Delivery(boolean mailConfigured, List<Mail> mails, Link link) {
        static Delivery of(QuoteDelivery d) {
            return new Delivery(d.mailConfigured(), d.mails().stream().map(Mail::of).toList(),
                    d.link().map(Link::of).orElse(null));
        }
    }

    /** {@code quote show}: the quote's fields and its delivery. */
    record Shown(@JsonUnwrapped QuoteView quote, Delivery delivery) {
    }

    /** {@code quote send|resend}: the quote's fields, the link (this once) and whether it was e-mailed. */
    record Sent(@JsonUnwrapped QuoteView quote, String customerLinkUrl, boolean emailed, String notEmailedBecause,
            Delivery delivery) {
        static Sent of(SentQuote s) {
            return new Sent(QuoteView.of(s.quote()), s.linkUrl(), s.emailed(), s.notEmailedBecause(),
                    Delivery.of(s.delivery()));
        }
    }
}
