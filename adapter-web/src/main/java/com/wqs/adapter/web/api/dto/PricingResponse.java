package com.wqs.adapter.web.api.dto;

import com.wqs.domain.pricing.QuotePricing;
import java.util.List;

/** The priced breakdown; every amount is a decimal string at cent scale and the totals add up exactly. */
public record PricingResponse(List<PricedLineResponse> lines, RatesResponse rates, String materials, String labour,
        String base, String profit, String indirect, String discount, String taxable, String tax, String total) {
    public static PricingResponse from(QuotePricing p) {
        return new PricingResponse(p.lines().stream().map(PricedLineResponse::from).toList(),
                RatesResponse.from(p.rates()), Decimals.money(p.materials()), Decimals.money(p.labour()),
                Decimals.money(p.base()), Decimals.money(p.profit()), Decimals.money(p.indirect()),
                Decimals.money(p.discount()), Decimals.money(p.taxable()), Decimals.money(p.tax()),
                Decimals.money(p.total()));
    }
}
