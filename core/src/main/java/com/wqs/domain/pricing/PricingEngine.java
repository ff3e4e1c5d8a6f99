package com.wqs.domain.pricing;

import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import java.util.List;

/** Prices quote lines from the catalogue (PRODUCT.md §2 "Pricing"). Deterministic and side-effect free. */
public final class PricingEngine {
    /**
     * @throws com.wqs.domain.shared.ValidationException naming every bad field as {@code lines[i].field}
     *     (size outside the product's range, unknown product/material/glass, quantity outside 1..1000,
     *     more than 200 lines); nothing is priced then
     */
    public QuotePricing price(List<QuoteLine> lines, QuoteRates rates, PricingCatalog catalog) {
        throw new IllegalStateException("being implemented");
    }
}
