package com.wqs.domain.pricing;

import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.shared.Money;
import java.util.List;

/**
 * The priced breakdown of a quote. Each amount was rounded to the cent where it was produced, so
 * {@code base = materials + labour}, {@code taxable = base + profit + indirect - discount} and
 * {@code total = taxable + tax} hold exactly.
 */
public record QuotePricing(
        List<PricedLine> lines,
        QuoteRates rates,
        Money materials,
        Money labour,
        Money base,
        Money profit,
        Money indirect,
        Money discount,
        Money taxable,
        Money tax,
        Money total) {

    public QuotePricing {
        lines = List.copyOf(lines);
    }

    /** The included windows' count, area and perimeter. */
    public WindowTotals windowTotals() {
        return WindowTotals.of(lines);
    }
}
