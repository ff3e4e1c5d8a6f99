package com.wqs.application.service;

import com.wqs.application.port.in.ConvertQuoteToWorkOrderUseCase;
import com.wqs.application.port.out.DuplicateWorkOrderException;
import com.wqs.application.port.out.NumberAllocator;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteNumber;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.UnprocessableException;
import com.wqs.domain.user.Actor;
import com.wqs.domain.workorder.MaterialsListCalculator;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.domain.workorder.WorkOrderId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Converts an ACCEPTED quote into its work order; the work order and the quote's move to CONVERTED are
 * written in one transaction. Converting is idempotent: the store's unique constraints (one work order
 * per quote, one per idempotency key) decide races, and the loser returns the winner's work order.
 */
public final class ConvertQuoteToWorkOrderService implements ConvertQuoteToWorkOrderUseCase {
    private final Store store;
    private final QuoteAccess quotes;
    private final Clock clock;

    public ConvertQuoteToWorkOrderService(Store store, Clock clock) {
        this.store = store;
        this.quotes = new QuoteAccess(store.quotes());
        this.clock = clock;
    }

    @Override
    public Conversion convert(Actor actor, QuoteId quoteId, WorkOrderDetails details, String idempotencyKey) {
        WorkOrderDetails given = details == null ? new WorkOrderDetails(null, null, null, null) : details;
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
        String fingerprint = ConversionFingerprint.of(quoteId, given);
        try {
            return store.transactions().inTransaction(() -> convertOnce(actor, quoteId, given, key, fingerprint));
        } catch (DuplicateWorkOrderException lostRace) {
            // Another request converted the quote (or used the key) between our checks and our insert.
            return store.transactions().inTransaction(() -> existing(quoteId, key, fingerprint))
                    .orElseThrow(() -> lostRace);
        }
    }

    private Conversion convertOnce(Actor actor, QuoteId quoteId, WorkOrderDetails details, String key,
            String fingerprint) {
        Quote quote = quotes.actionable(actor, quoteId);
        Optional<Conversion> done = existing(quoteId, key, fingerprint);
        if (done.isPresent()) {
            return done.get();
        }
        if (quote.status() != QuoteStatus.ACCEPTED) {
            throw new ConflictException("quote.not_accepted",
                    "quote " + quote.number() + " is " + quote.status() + "; only ACCEPTED quotes are converted");
        }
        Settings settings = store.settings().get();
        Instant now = clock.instant();
        int year = now.atZone(settings.zone()).getYear();
        String number = QuoteNumber.workOrder(year, store.numbers().next(NumberAllocator.Series.WORK_ORDER, year));
        QuoteRevision accepted = quote.latestRevision()
                .orElseThrow(() -> new IllegalStateException("accepted quote " + quote.number() + " has no sent revision"));
        // Only the chosen lines are made: a left-out optional line or an alternative not taken is not.
        List<PricedLine> made = accepted.pricing().lines().stream().filter(PricedLine::included).toList();
        WorkOrder workOrder = WorkOrder.create(WorkOrderId.newId(), number, quote.id(), quote.number(),
                accepted.revision(), accepted.customer(), made, MaterialsListCalculator.from(made), details, quote.ownerId(), actor.userId(), now,
                key, fingerprint);
        // Insert first: the unique constraint settles a race before the quote is touched.
        store.workOrders().insert(workOrder);
        quote.markConverted(number, actor.userId(), now);
        store.quotes().update(quote);
        return new Conversion(store.workOrders().findById(workOrder.id()).orElseThrow(), Outcome.CREATED);
    }

    /**
     * The earlier result for this request: by idempotency key (a replay when the request matches,
     * UNPROCESSABLE when the key was used for another request), else the quote's work order.
     */
    private Optional<Conversion> existing(QuoteId quoteId, String key, String fingerprint) {
        if (key != null) {
            Optional<WorkOrder> byKey = store.workOrders().findByIdempotencyKey(key);
            if (byKey.isPresent()) {
                if (!byKey.get().requestFingerprint().orElse("").equals(fingerprint)) {
                    throw new UnprocessableException("idempotency_key.reused",
                            "idempotency key was already used for a different request");
                }
                return Optional.of(new Conversion(byKey.get(), Outcome.REPLAYED));
            }
        }
        return store.workOrders().findByQuoteId(quoteId).map(workOrder -> new Conversion(workOrder, Outcome.ALREADY_CONVERTED));
    }
}
