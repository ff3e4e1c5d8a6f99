package com.wqs.application.port.in;

import com.wqs.domain.quote.Quote;
import com.wqs.domain.user.Actor;
import java.util.List;

/** ADMIN and SALES create drafts they own; the lines are priced now and a number is allocated. */
public interface CreateQuoteUseCase {
    Quote create(Actor actor, QuoteCommand command);

    /**
     * Creates drafts as {@link #create} does, many at once (imports): checked and priced against one
     * read of the catalogue, numbered in order with one allocation, stored with batched statements, in
     * the caller's transaction or one of its own. All or none: when any command is bad nothing is
     * written and the error lists every bad field as {@code quotes[i].field} (i = index in
     * {@code commands}).
     */
    List<Quote> createAll(Actor actor, List<QuoteCommand> commands);

    /**
     * Batch after batch of {@link #createAll} for one import: the catalogue records a batch reads are kept
     * for the later batches, so each code is read once however many batches use it. The records are kept
     * as first read: for the batches of one transaction, or for checks that such a transaction confirms.
     */
    Batches batches(Actor actor);

    /** See {@link #batches}. */
    interface Batches {
        /** Prices the quotes as {@link PriceQuoteUseCase#priceAll} does, writing nothing. */
        List<PriceQuoteUseCase.PricingCheck> priceAll(List<PriceQuoteUseCase.PricingRequest> requests);

        /** As {@link CreateQuoteUseCase#createAll}. */
        List<Quote> createAll(List<QuoteCommand> commands);
    }
}
