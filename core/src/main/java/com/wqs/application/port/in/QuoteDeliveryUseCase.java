package com.wqs.application.port.in;

import com.wqs.domain.delivery.CustomerLink;
import com.wqs.domain.delivery.OutboxMail;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.user.Actor;
import java.util.List;
import java.util.Optional;

/**
 * Sending a quote to its customer: the SENT transition, the revision's PDF rendered once, a customer link
 * and (with an SMTP server) the e-mail in the outbox, all in one transaction; then what became of it.
 */
public interface QuoteDeliveryUseCase {
    /** Sends the draft (as {@link QuoteLifecycleUseCase#send}) and hands it to the customer. */
    SentQuote send(Actor actor, QuoteId id);

    /** A new link for the sent revision (the previous one stops working), e-mailed again when SMTP is set up. */
    SentQuote resend(Actor actor, QuoteId id);

    /** The quote's e-mails and its current customer link. */
    QuoteDelivery delivery(Actor actor, QuoteId id);

    /** Customers' answers on their links in the last days, on quotes the actor may see, newest first. */
    List<CustomerNotice> notices(Actor actor);

    /**
     * The outcome of a send or resend. {@code linkUrl} carries the link's token: it is shown this once
     * (only its hash is stored). {@code emailed} tells whether an e-mail was queued; when not,
     * {@code notEmailedBecause} says why (no SMTP server, no or an invalid customer address).
     */
    record SentQuote(Quote quote, String linkUrl, boolean emailed, String notEmailedBecause,
            QuoteDelivery delivery) {
    }

    /** Whether SMTP is set up, the quote's mails (newest first) and its newest link, if any. */
    record QuoteDelivery(boolean mailConfigured, List<OutboxMail> mails, Optional<CustomerLink> link) {
        public QuoteDelivery {
            mails = List.copyOf(mails);
        }

        /** The newest mail to the customer, if any. */
        public Optional<OutboxMail> latestToCustomer() {
            return mails.stream().filter(m -> m.kind() == com.wqs.domain.delivery.MailKind.QUOTE_TO_CUSTOMER).findFirst();
        }
    }

    /** One answer of a customer: the quote and its number, and the response recorded on the link. */
    record CustomerNotice(QuoteId quoteId, String quoteNumber, CustomerLink link) {
    }
}
