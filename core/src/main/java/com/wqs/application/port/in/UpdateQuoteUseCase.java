package com.wqs.application.port.in;

import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.user.Actor;

/** Replaces a draft's content and re-prices it from the current catalogue. Only drafts; owner or ADMIN. */
public interface UpdateQuoteUseCase {
    /**
     * @param expectedVersion the version of the draft the client read, or null not to check it; when it is
     *         not the stored version (someone saved meanwhile) nothing is written and the CONFLICT is
     *         {@code quote.stale}, so a stale editor cannot silently overwrite another user's changes
     */
    Quote update(Actor actor, QuoteId id, QuoteCommand command, Long expectedVersion);

    /** Last write wins: for callers that hold no version (the CLI's demo data, scripts). */
    default Quote update(Actor actor, QuoteId id, QuoteCommand command) {
        return update(actor, id, command, null);
    }
}
