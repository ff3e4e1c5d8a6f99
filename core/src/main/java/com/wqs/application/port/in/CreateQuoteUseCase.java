package com.wqs.application.port.in;

import com.wqs.domain.quote.Quote;
import com.wqs.domain.user.Actor;

/** ADMIN and SALES create drafts they own; the lines are priced now and a number is allocated. */
public interface CreateQuoteUseCase {
    Quote create(Actor actor, QuoteCommand command);
}
