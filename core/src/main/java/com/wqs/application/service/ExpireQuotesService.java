package com.wqs.application.service;

import com.wqs.application.port.in.ExpireQuotesUseCase;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The periodic expiry job. Each due quote is expired in its own transaction, recorded as done by the
 * quote's owner (the job has no user of its own, and the owner is who the expiry concerns). The
 * aggregate re-checks status and date, so a quote accepted, rejected or converted meanwhile is left
 * alone.
 */
public final class ExpireQuotesService implements ExpireQuotesUseCase {
    private final Store store;
    private final Clock clock;

    public ExpireQuotesService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public int expireDue() {
        Settings settings = store.transactions().inTransaction(() -> store.settings().get());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        int expired = 0;
        for (QuoteId id : store.transactions().inTransaction(() -> store.quotes().findSentValidBefore(today))) {
            if (expireWithOneRetry(id, now, settings.zone())) {
                expired++;
            }
        }
        return expired;
    }

    private boolean expireWithOneRetry(QuoteId id, Instant now, ZoneId zone) {
        try {
            return expire(id, now, zone);
        } catch (ConflictException concurrentChange) {
            // Someone changed the quote between our read and our write: read it again; if it was
            // decided meanwhile the aggregate now declines, and a second conflict propagates.
            return expire(id, now, zone);
        }
    }

    private boolean expire(QuoteId id, Instant now, ZoneId zone) {
        return store.transactions().inTransaction(() -> {
            Quote quote = store.quotes().findById(id).orElse(null);
            if (quote == null || !quote.expireIfDue(quote.ownerId(), now, zone)) {
                return false;
            }
            store.quotes().update(quote);
            return true;
        });
    }
}
