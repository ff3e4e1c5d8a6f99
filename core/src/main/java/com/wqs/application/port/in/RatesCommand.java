package com.wqs.application.port.in;

import java.math.BigDecimal;

/**
 * Rates for a quote as fractions (0.25 = 25 %); any null falls back to the installation default
 * (discount to 0, labour override to none).
 */
public record RatesCommand(BigDecimal profitMargin, BigDecimal indirectRate, BigDecimal discountRate,
        BigDecimal taxRate, BigDecimal glassWaste, BigDecimal laborRateOverride) {
    public static final RatesCommand DEFAULTS = new RatesCommand(null, null, null, null, null, null);
}
