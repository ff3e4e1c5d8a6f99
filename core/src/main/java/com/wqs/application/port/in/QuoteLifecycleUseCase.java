package com.wqs.application.port.in;

import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.user.Actor;

/** Status transitions of a quote, by its owner or an ADMIN; each is recorded. */
public interface QuoteLifecycleUseCase {
    /** Freezes the customer and the pricing as revision N; valid until today + validity (or the draft's later date). */
    Quote send(Actor actor, QuoteId id);

    Quote accept(Actor actor, QuoteId id);

    Quote reject(Actor actor, QuoteId id, String reason);

    Quote revise(Actor actor, QuoteId id);

    Quote cancel(Actor actor, QuoteId id, String note);
}
