package com.wqs.application.service;

import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.UpdateQuoteUseCase;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Replaces a draft's content and re-prices it from the current catalogue (the only way catalogue
 * changes reach an existing quote). A null {@code validUntil} means today + validity, as on create. The
 * version check is also made by the repository's update ({@code WHERE version = ?}), which catches a writer
 * that committed between this read and that write on another connection.
 */
public final class UpdateQuoteService implements UpdateQuoteUseCase {
    private final Store store;
    private final DraftPreparer drafts;
    private final QuoteAccess quotes;
    private final Clock clock;

    public UpdateQuoteService(Store store, Clock clock) {
        this.store = store;
        this.drafts = new DraftPreparer(store.customers(), new QuotePricer(store));
        this.quotes = new QuoteAccess(store.quotes());
        this.clock = clock;
    }

    @Override
    public Quote update(Actor actor, QuoteId id, QuoteCommand command, Long expectedVersion) {
        return store.transactions().inTransaction(() -> {
            Quote quote = quotes.actionable(actor, id);
            if (expectedVersion != null) {
                ExpectedVersion.require("quote", "quote " + quote.number(), quote.version(), expectedVersion);
            }
            quote.requireDraft();
            Settings settings = store.settings().get();
            Instant now = clock.instant();
            DraftPreparer.DraftContent content = drafts.prepare(command, settings, LocalDate.ofInstant(now, settings.zone()));
            quote.edit(command.customerId(), command.lines(), content.pricing(), content.validUntil(), command.notes(), now);
            store.quotes().update(quote);
            return quotes.reload(id);
        });
    }
}
