package com.wqs.adapter.web.api.dto;

import com.wqs.domain.pricing.PricedLine;
import java.util.List;

/**
 * A priced line: cost components, the customer-facing price and unit price, the materials used; for a
 * window the layout it was priced with (with the product's mullion/transom width) and the glass panes of
 * one window in cell label order (a window priced before layouts existed has neither).
 */
public record PricedLineResponse(int index, String kind, String code, String description, String glassCode,
        String colour, Integer widthMm, Integer heightMm, String quantity, String unit, String profiles, String glass,
        String hardware, String consumables, String labour, String cost, String price, String unitPrice,
        List<MaterialUsageResponse> materials, LayoutJson layout, Integer divisionWidthMm, List<PaneResponse> panes) {
    public static PricedLineResponse from(PricedLine l) {
        return new PricedLineResponse(l.index(), Decimals.name(l.kind()), l.code(), l.description(), l.glassCode(),
                l.colour(), l.widthMm(), l.heightMm(), Decimals.decimal(l.quantity()), l.unit(),
                Decimals.money(l.profiles()), Decimals.money(l.glass()), Decimals.money(l.hardware()),
                Decimals.money(l.consumables()), Decimals.money(l.labour()), Decimals.money(l.cost()),
                Decimals.money(l.price()), Decimals.money(l.unitPrice()),
                l.materials().stream().map(MaterialUsageResponse::from).toList(), LayoutJson.from(l.layout()),
                l.divisionWidthMm(), l.panes().stream().map(PaneResponse::from).toList());
    }
}
