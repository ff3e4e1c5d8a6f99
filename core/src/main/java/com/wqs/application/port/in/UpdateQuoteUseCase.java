package com.wqs.application.port.in;

import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.user.Actor;

/** Replaces a draft's content and re-prices it from the current catalogue. Only drafts; owner or ADMIN. */
public interface UpdateQuoteUseCase {
    Quote update(Actor actor, QuoteId id, QuoteCommand command);
}
