package com.wqs.adapter.web.page;

import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.application.port.in.QuoteDeliveryUseCase.QuoteDelivery;
import com.wqs.application.port.in.QuoteDeliveryUseCase.SentQuote;
import com.wqs.domain.delivery.CustomerLink;
import com.wqs.domain.delivery.MailStatus;
import com.wqs.domain.delivery.OutboxMail;
import java.util.List;
import java.util.Optional;

/**
 * The quote page's "Customer delivery" card: the e-mails and their outcome, the customer link's state and
 * proof of an answer, and, right after a send or resend, the link itself (shown this once).
 */
public record DeliveryView(QuoteDelivery delivery, SentQuote sent, DisplayFormat format) {

    public boolean hasAnything() {
        return sent != null || !delivery.mails().isEmpty() || delivery.link().isPresent();
    }

    public boolean mailConfigured() {
        return delivery.mailConfigured();
    }

    /** The link to copy, only on the answer to a send or resend. */
    public String linkUrl() {
        return sent == null ? null : sent.linkUrl();
    }

    /** Why nothing was e-mailed on this send, or null when it was queued. */
    public String notEmailedBecause() {
        return sent == null ? null : sent.notEmailedBecause();
    }

    public List<OutboxMail> mails() {
        return delivery.mails();
    }

    public Optional<CustomerLink> link() {
        return delivery.link();
    }

    public String statusText(OutboxMail mail) {
        return switch (mail.status()) {
            case QUEUED -> mail.attempts() == 0 ? "queued" : "queued, retrying at " + format.dateTime(mail.nextAttemptAt())
                    + " (" + mail.attempts() + (mail.attempts() == 1 ? " attempt" : " attempts") + " so far)";
            case SENT -> "sent " + (mail.sentAt() == null ? "" : format.dateTime(mail.sentAt()));
            case FAILED -> "failed";
        };
    }

    public boolean showsError(OutboxMail mail) {
        return mail.status() != MailStatus.SENT && !mail.lastError().isBlank();
    }

    public String kindText(OutboxMail mail) {
        return switch (mail.kind()) {
            case QUOTE_TO_CUSTOMER -> "Quote to " + mail.toAddress();
            case CUSTOMER_RESPONSE_TO_OWNER -> "Customer's answer to " + mail.toAddress();
        };
    }

    public String linkText(CustomerLink link) {
        if (link.response() != null) {
            var r = link.response();
            return switch (r.decision()) {
                case ACCEPTED -> "accepted by the customer as \u201c" + r.fullName() + "\u201d on " + format.dateTime(r.at())
                        + " from " + r.clientAddress() + " (" + r.userAgent() + "); PDF SHA-256 " + r.pdfSha256();
                case REJECTED -> "declined by the customer on " + format.dateTime(r.at()) + " from " + r.clientAddress()
                        + ": " + r.reason();
            };
        }
        if (link.revocation() != null) {
            return switch (link.revocation().reason()) {
                case REPLACED -> "replaced by revision " + link.revocation().replacementRevision();
                case CANCELLED -> "cancelled";
            };
        }
        return "open (the link works until the quote's validity ends)";
    }
}
