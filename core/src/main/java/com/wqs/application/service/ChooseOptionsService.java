package com.wqs.application.service;

import com.wqs.application.port.in.ChooseOptionsUseCase;
import com.wqs.application.port.out.Store;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.pricing.PricingEngine;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.LineOptions;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The customer's choice on the sent revision, by the quote's owner or an ADMIN. The revision's priced
 * lines keep their frozen costs; only which of them count changes, so the catalogue is not read.
 */
public final class ChooseOptionsService implements ChooseOptionsUseCase {
    private final Store store;
    private final QuoteAccess quotes;
    private final Clock clock;
    private static final PricingEngine ENGINE = new PricingEngine();

    public ChooseOptionsService(Store store, Clock clock) {
        this.store = store;
        this.quotes = new QuoteAccess(store.quotes());
        this.clock = clock;
    }

    @Override
    public Quote choose(Actor actor, QuoteId id, int revision, List<Integer> chosenLines) {
        return store.transactions().inTransaction(() -> {
            Quote quote = quotes.actionable(actor, id);
            applyChoice(quote, revision, chosenLines, clock.instant());
            store.quotes().update(quote);
            return quotes.reload(id);
        });
    }

    /**
     * Records on {@code quote} (SENT, at {@code revision}) which of the sent revision's optional lines and
     * alternatives count, re-priced from the revision's frozen line costs; the customer's link calls it too.
     */
    static void applyChoice(Quote quote, int revision, List<Integer> chosenLines, Instant now) {
        QuoteRevision sent = quote.latestRevision()
                .filter(r -> quote.status() == QuoteStatus.SENT && r.revision() == quote.revision())
                .orElseThrow(() -> new ConflictException("quote.not_sent",
                        "quote " + quote.number() + " is " + quote.status() + "; options are chosen on a sent quote"));
        List<LineOption> options = LineOptions.choose(
                sent.pricing().lines().stream().map(PricedLine::option).toList(), chosenLines);
        QuotePricing chosen = ENGINE.choose(sent.pricing(), options);
        quote.choose(revision, options, chosen, now);
    }
}
