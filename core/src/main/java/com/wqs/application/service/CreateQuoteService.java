package com.wqs.application.service;

import com.wqs.application.port.in.CreateQuoteUseCase;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.out.NumberAllocator;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteNumber;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** A new priced draft owned by the actor, numbered Q-YYYY-NNNNN (year of creation in the settings' zone). */
public final class CreateQuoteService implements CreateQuoteUseCase {
    private final Store store;
    private final DraftPreparer drafts;
    private final QuoteAccess quotes;
    private final Clock clock;

    public CreateQuoteService(Store store, Clock clock) {
        this.store = store;
        this.drafts = new DraftPreparer(store.customers(), new QuotePricer(store));
        this.quotes = new QuoteAccess(store.quotes());
        this.clock = clock;
    }

    @Override
    public Quote create(Actor actor, QuoteCommand command) {
        Access.require(AccessPolicy.canCreateQuotes(actor), "only ADMIN and SALES create quotes");
        Instant now = clock.instant();
        // Priced in a read transaction: the catalogue read and the pricing hold no write lock, so writers
        // wait only for each other's inserts. A bad request fails here, before anything is written.
        Prepared prepared = store.transactions().readOnly(() -> {
            Settings settings = store.settings().get();
            LocalDate today = LocalDate.ofInstant(now, settings.zone());
            return new Prepared(today, drafts.prepare(command, settings, today));
        });
        LocalDate today = prepared.today();
        DraftPreparer.DraftContent content = prepared.content();
        QuoteId id = store.transactions().inTransaction(() -> {
            // Allocated only once the content is valid, so bad requests do not use up numbers.
            long sequence = store.numbers().next(NumberAllocator.Series.QUOTE, today.getYear());
            Quote quote = Quote.newDraft(QuoteId.newId(), QuoteNumber.quote(today.getYear(), sequence),
                    actor.userId(), command.customerId(), command.lines(), content.pricing(), content.validUntil(),
                    command.notes(), now);
            store.quotes().insert(quote);
            return quote.id();
        });
        // Read back after the commit, outside the write lock (and so into the store's read cache).
        return store.transactions().readOnly(() -> quotes.reload(id));
    }

    private record Prepared(LocalDate today, DraftPreparer.DraftContent content) {
    }
}
