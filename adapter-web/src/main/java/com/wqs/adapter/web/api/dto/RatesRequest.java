package com.wqs.adapter.web.api.dto;

import java.math.BigDecimal;

/** Fractions as decimal strings ({@code "0.05"} = 5 %); any null means the installation default. */
public record RatesRequest(BigDecimal profitMargin, BigDecimal indirectRate, BigDecimal discountRate,
        BigDecimal taxRate, BigDecimal glassWaste, BigDecimal laborRateOverride) {
}
