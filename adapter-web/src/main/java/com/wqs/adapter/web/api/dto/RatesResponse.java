package com.wqs.adapter.web.api.dto;

import com.wqs.domain.quote.QuoteRates;

public record RatesResponse(String profitMargin, String indirectRate, String discountRate, String taxRate,
        String glassWaste, String laborRateOverride) {
    public static RatesResponse from(QuoteRates r) {
        return new RatesResponse(Decimals.rate(r.profitMargin()), Decimals.rate(r.indirectRate()),
                Decimals.rate(r.discountRate()), Decimals.rate(r.taxRate()), Decimals.rate(r.glassWaste()),
                Decimals.decimal(r.laborRateOverride()));
    }
}
