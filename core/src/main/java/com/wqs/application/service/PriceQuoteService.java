package com.wqs.application.service;

import com.wqs.application.port.in.PriceQuoteUseCase;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.pricing.PricingCatalog;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import java.util.List;

/** Prices lines for people who write quotes (ADMIN, SALES) without storing anything. */
public final class PriceQuoteService implements PriceQuoteUseCase {
    private final Store store;
    private final QuotePricer pricer;

    public PriceQuoteService(Store store) {
        this.store = store;
        this.pricer = new QuotePricer(store);
    }

    @Override
    public QuotePricing price(Actor actor, List<QuoteLine> lines, RatesCommand rates) {
        Access.require(AccessPolicy.canCreateQuotes(actor), "only ADMIN and SALES price quotes");
        return store.transactions().inTransaction(() -> {
            Settings settings = store.settings().get();
            Validation validation = new Validation();
            QuotePricing pricing = pricer.price(validation, lines, rates, settings);
            validation.throwIfInvalid();
            return pricing;
        });
    }

    @Override
    public List<PricingCheck> priceAll(Actor actor, List<PricingRequest> requests) {
        Access.require(AccessPolicy.canCreateQuotes(actor), "only ADMIN and SALES price quotes");
        return store.transactions().inTransaction(() -> {
            Settings settings = store.settings().get();
            PricingCatalog catalog = pricer.catalogFor(requests.stream().map(PricingRequest::lines).toList());
            return pricer.checkAll(requests, settings, catalog);
        });
    }
}
