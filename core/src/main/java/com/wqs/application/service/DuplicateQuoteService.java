package com.wqs.application.service;

import com.wqs.application.port.in.CreateQuoteUseCase;
import com.wqs.application.port.in.DuplicateQuoteUseCase;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.out.Store;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;

/**
 * Copies a visible quote into a new draft through {@link CreateQuoteUseCase}, in one transaction: the
 * copy is priced from the current catalogue, so a line that no longer prices refuses the whole copy.
 */
public final class DuplicateQuoteService implements DuplicateQuoteUseCase {
    private final Store store;
    private final QuoteAccess quotes;
    private final CreateQuoteUseCase create;

    public DuplicateQuoteService(Store store, CreateQuoteUseCase create) {
        this.store = store;
        this.quotes = new QuoteAccess(store.quotes());
        this.create = create;
    }

    @Override
    public Quote duplicate(Actor actor, QuoteId source, CustomerId customerId) {
        Access.require(AccessPolicy.canCreateQuotes(actor), "only ADMIN and SALES create quotes");
        return store.transactions().inTransaction(() -> {
            Quote original = quotes.visible(actor, source);
            CustomerId customer = customerId == null ? original.customerId() : customerId;
            return create.create(actor, new QuoteCommand(customer, original.lines(),
                    rates(original.pricing().rates()), null, original.notes()));
        });
    }

    private static RatesCommand rates(QuoteRates rates) {
        return new RatesCommand(rates.profitMargin().fraction(), rates.indirectRate().fraction(),
                rates.discountRate().fraction(), rates.taxRate().fraction(), rates.glassWaste().fraction(),
                rates.laborRateOverride());
    }
}
