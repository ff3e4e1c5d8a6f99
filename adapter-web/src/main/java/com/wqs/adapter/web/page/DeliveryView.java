package com.wqs.adapter.web.page;

import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.adapter.web.i18n.Messages;
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
public record DeliveryView(QuoteDelivery delivery, SentQuote sent, DisplayFormat format, Messages messages) {

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
            case QUEUED -> mail.attempts() == 0 ? messages.text("delivery.mail.queued")
                    : messages.text(mail.attempts() == 1 ? "delivery.mail.retrying.one" : "delivery.mail.retrying",
                            format.dateTime(mail.nextAttemptAt()), format.number(mail.attempts()));
            case SENT -> messages.text("delivery.mail.sent", mail.sentAt() == null ? "" : format.dateTime(mail.sentAt()))
                    .strip();
            case FAILED -> messages.text("delivery.mail.failed");
        };
    }

    public boolean showsError(OutboxMail mail) {
        return mail.status() != MailStatus.SENT && !mail.lastError().isBlank();
    }

    public String kindText(OutboxMail mail) {
        return messages.text("delivery.kind." + mail.kind().name(), mail.toAddress());
    }

    public String linkText(CustomerLink link) {
        if (link.response() != null) {
            var r = link.response();
            return switch (r.decision()) {
                case ACCEPTED -> messages.text("delivery.link.accepted", r.fullName(), format.dateTime(r.at()),
                        r.clientAddress(), r.userAgent(), r.pdfSha256());
                case REJECTED -> messages.text("delivery.link.declined", format.dateTime(r.at()), r.clientAddress(),
                        r.reason());
            };
        }
        if (link.revocation() != null) {
            return switch (link.revocation().reason()) {
                case REPLACED -> messages.text("delivery.link.replaced", link.revocation().replacementRevision());
                case CANCELLED -> messages.text("delivery.link.cancelled");
            };
        }
        return messages.text("delivery.link.open");
    }
}
