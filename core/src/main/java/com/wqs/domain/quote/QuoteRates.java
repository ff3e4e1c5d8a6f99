package com.wqs.domain.quote;

import com.wqs.domain.catalog.Settings;
import com.wqs.domain.shared.Rate;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The rates a quote is priced with. {@code laborRateOverride}, when present, replaces the labour rate
 * per m² of every window type, and the complexity factor then is 1.
 */
public record QuoteRates(Rate profitMargin, Rate indirectRate, Rate discountRate, Rate taxRate, Rate glassWaste,
        BigDecimal laborRateOverride) {

    public QuoteRates {
        Objects.requireNonNull(profitMargin, "profitMargin");
        Objects.requireNonNull(indirectRate, "indirectRate");
        Objects.requireNonNull(discountRate, "discountRate");
        Objects.requireNonNull(taxRate, "taxRate");
        Objects.requireNonNull(glassWaste, "glassWaste");
        if (discountRate.fraction().compareTo(BigDecimal.ONE) > 0) {
            throw new ValidationException("rates.discountRate", "must be at most 100 %");
        }
        if (laborRateOverride != null && laborRateOverride.signum() < 0) {
            throw new ValidationException("rates.laborRateOverride", "must not be negative");
        }
    }

    /** The installation's defaults, no discount, no labour override. */
    public static QuoteRates from(Settings settings) {
        return new QuoteRates(settings.profitMargin(), settings.indirectRate(), Rate.ZERO, settings.taxRate(),
                settings.glassWaste(), null);
    }
}
