package com.wqs.adapter.web.api.dto;

import com.wqs.domain.pricing.PricedLine;
import java.util.List;

/** A priced line: cost components, the customer-facing price and unit price, the materials used. */
public record PricedLineResponse(int index, String kind, String code, String description, String glassCode,
        String colour, Integer widthMm, Integer heightMm, String quantity, String unit, String profiles, String glass,
        String hardware, String consumables, String labour, String cost, String price, String unitPrice,
        List<MaterialUsageResponse> materials) {
    public static PricedLineResponse from(PricedLine l) {
        return new PricedLineResponse(l.index(), Decimals.name(l.kind()), l.code(), l.description(), l.glassCode(),
                l.colour(), l.widthMm(), l.heightMm(), Decimals.decimal(l.quantity()), l.unit(),
                Decimals.money(l.profiles()), Decimals.money(l.glass()), Decimals.money(l.hardware()),
                Decimals.money(l.consumables()), Decimals.money(l.labour()), Decimals.money(l.cost()),
                Decimals.money(l.price()), Decimals.money(l.unitPrice()),
                l.materials().stream().map(MaterialUsageResponse::from).toList());
    }
}
