package com.wqs.application.service;

import com.wqs.application.port.out.QuoteRepository;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;

/**
 * Loads a quote for an actor: one they may not see is NOT_FOUND (its existence stays secret); one they
 * see but may not act on (PRODUCTION) is FORBIDDEN.
 */
final class QuoteAccess {
    private final QuoteRepository quotes;

    QuoteAccess(QuoteRepository quotes) {
        this.quotes = quotes;
    }

    Quote visible(Actor actor, QuoteId id) {
        return quotes.findById(id)
                .filter(quote -> AccessPolicy.canSeeQuote(actor, quote.ownerId(), quote.status()))
                .orElseThrow(() -> new NotFoundException("quote", id));
    }

    Quote actionable(Actor actor, QuoteId id) {
        Quote quote = visible(actor, id);
        Access.require(AccessPolicy.canActOnQuote(actor, quote.ownerId()),
                "only the quote's owner or an ADMIN may change it");
        return quote;
    }

    /** The stored state after a write (services return what was stored, with its new version). */
    Quote reload(QuoteId id) {
        return quotes.findById(id).orElseThrow(() -> new NotFoundException("quote", id));
    }
}
