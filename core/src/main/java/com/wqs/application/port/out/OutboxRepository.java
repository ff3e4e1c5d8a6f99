package com.wqs.application.port.out;

import com.wqs.domain.delivery.OutboxMail;
import com.wqs.domain.quote.QuoteId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The e-mail outbox: written in the transaction that causes a mail, read by the delivery worker. */
public interface OutboxRepository {
    /** Stores a new mail. A duplicate id is a CONFLICT. */
    void insert(OutboxMail mail);

    Optional<OutboxMail> findById(UUID id);

    /** QUEUED mails whose next attempt is due at {@code now}, oldest due first, at most {@code limit}. */
    List<OutboxMail> findDue(Instant now, int limit);

    /**
     * Takes a due mail for one attempt: moves its next attempt to {@code leaseUntil} if it is still QUEUED
     * and still due at {@code expectedNextAttemptAt}, so another worker (instance) does not take it meanwhile.
     *
     * @return whether this caller got it
     */
    boolean claim(UUID id, Instant expectedNextAttemptAt, Instant leaseUntil);

    /** Delivered: SENT at {@code at}, one more attempt counted, the link token forgotten. */
    void markSent(UUID id, Instant at);

    /**
     * An attempt failed with {@code error}: counted, and either QUEUED again for {@code nextAttemptAt} or,
     * when {@code giveUp}, FAILED (the link token is then forgotten).
     */
    void markAttemptFailed(UUID id, String error, Instant nextAttemptAt, boolean giveUp);

    /** The quote's mails, newest first. */
    List<OutboxMail> findForQuote(QuoteId quoteId);
}
