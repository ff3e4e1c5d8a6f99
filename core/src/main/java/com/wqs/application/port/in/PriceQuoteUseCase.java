package com.wqs.application.port.in;

import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import java.util.List;

/** Prices lines without saving anything (live editing, CLI dry run). */
public interface PriceQuoteUseCase {
    /** @throws com.wqs.domain.shared.ValidationException naming each bad field as {@code lines[i].field} */
    QuotePricing price(Actor actor, List<QuoteLine> lines, RatesCommand rates);

    /**
     * Prices several quotes as {@link #price} prices each, reading the catalogue once for all of them
     * (bulk imports check every quote before writing any).
     *
     * @return one result per request, in order: its pricing, or the validation error {@link #price} would throw
     */
    List<PricingCheck> priceAll(Actor actor, List<PricingRequest> requests);

    /** The lines and rates of one quote to price. */
    record PricingRequest(List<QuoteLine> lines, RatesCommand rates) {
        public PricingRequest {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    /** The pricing of one quote, or why it does not price. */
    record PricingCheck(QuotePricing pricing, ValidationException error) {
        public boolean valid() {
            return error == null;
        }
    }
}
