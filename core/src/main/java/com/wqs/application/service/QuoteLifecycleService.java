package com.wqs.application.service;

import com.wqs.application.port.in.QuoteLifecycleUseCase;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.delivery.CustomerLink.Revocation;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Quote transitions by the owner or an ADMIN, each in its own transaction and recorded by the
 * aggregate. Sending freezes the draft's pricing as it was last priced (no re-price: the customer gets
 * what the seller saw) with the customer's current details; the quote is then valid until the later
 * of the draft's date and today + the configured validity, so a long-prepared draft is never sent
 * already expired. Revising or cancelling revokes the quote's customer links (they then say why).
 */
public final class QuoteLifecycleService implements QuoteLifecycleUseCase {
    private final Store store;
    private final QuoteAccess quotes;
    private final Clock clock;

    public QuoteLifecycleService(Store store, Clock clock) {
        this.store = store;
        this.quotes = new QuoteAccess(store.quotes());
        this.clock = clock;
    }

    @Override
    public Quote send(Actor actor, QuoteId id) {
        return transition(actor, id, (quote, now, settings) -> sendQuote(store, quote, actor, now, settings));
    }

    /** The SENT transition with the customer's current details; shared with {@link QuoteDeliveryService}. */
    static void sendQuote(Store store, Quote quote, Actor actor, Instant now, Settings settings) {
        Customer customer = store.customers().findById(quote.customerId())
                .orElseThrow(() -> new NotFoundException("customer", quote.customerId()));
        LocalDate fromToday = LocalDate.ofInstant(now, settings.zone()).plusDays(settings.validityDays());
        LocalDate validUntil = quote.validUntil().isAfter(fromToday) ? quote.validUntil() : fromToday;
        quote.send(customer, settings, validUntil, actor.userId(), now);
    }

    @Override
    public Quote accept(Actor actor, QuoteId id) {
        return transition(actor, id, (quote, now, settings) -> quote.accept(actor.userId(), now, settings.zone()));
    }

    @Override
    public Quote reject(Actor actor, QuoteId id, String reason) {
        return transition(actor, id, (quote, now, settings) -> quote.reject(reason, actor.userId(), now));
    }

    @Override
    public Quote revise(Actor actor, QuoteId id) {
        return transition(actor, id, (quote, now, settings) -> {
            quote.revise(actor.userId(), now);
            store.customerLinks().revokeForQuote(quote.id(),
                    new Revocation(Revocation.Reason.REPLACED, quote.revision(), now));
        });
    }

    @Override
    public Quote cancel(Actor actor, QuoteId id, String note) {
        return transition(actor, id, (quote, now, settings) -> {
            quote.cancel(note, actor.userId(), now);
            store.customerLinks().revokeForQuote(quote.id(), new Revocation(Revocation.Reason.CANCELLED, 0, now));
        });
    }

    private interface Step {
        void apply(Quote quote, Instant now, Settings settings);
    }

    private Quote transition(Actor actor, QuoteId id, Step step) {
        return store.transactions().inTransaction(() -> {
            Quote quote = quotes.actionable(actor, id);
            step.apply(quote, clock.instant(), store.settings().get());
            store.quotes().update(quote);
            return quotes.reload(id);
        });
    }
}
