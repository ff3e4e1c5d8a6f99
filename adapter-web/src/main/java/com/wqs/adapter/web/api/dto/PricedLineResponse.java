package com.wqs.adapter.web.api.dto;

import com.wqs.domain.pricing.PricedLine;
import java.util.List;

/**
 * A priced line: cost components, the customer-facing price and unit price, the materials used; for a
 * window the layout it was priced with (with the product's mullion/transom width) and the glass panes of
 * one window in cell label order (a window priced before layouts existed has neither); its option, and
 * whether it is in the quote's amounts.
 */
public record PricedLineResponse(int index, String kind, String code, String description, String glassCode,
        String colour, Integer widthMm, Integer heightMm, String quantity, String unit, String profiles, String glass,
        String hardware, String consumables, String labour, String cost, String price, String unitPrice,
        List<MaterialUsageResponse> materials, LayoutJson layout, Integer divisionWidthMm, List<PaneResponse> panes,
        @Description(QuoteLineRequest.OPTIONAL) boolean optional,
        @Description(QuoteLineRequest.GROUP) String alternativeGroup,
        @Description(QuoteLineRequest.CHOSEN) boolean chosen,
        @Description(INCLUDED) boolean included) {
    public static final String INCLUDED = "Whether the line counts in the quote's amounts. The price of a line left"
            + " out (an optional line not taken, an alternative not chosen) is its price on its own.";

    public static PricedLineResponse from(PricedLine l) {
        return new PricedLineResponse(l.index(), Decimals.name(l.kind()), l.code(), l.description(), l.glassCode(),
                l.colour(), l.widthMm(), l.heightMm(), Decimals.decimal(l.quantity()), l.unit(),
                Decimals.money(l.profiles()), Decimals.money(l.glass()), Decimals.money(l.hardware()),
                Decimals.money(l.consumables()), Decimals.money(l.labour()), Decimals.money(l.cost()),
                Decimals.money(l.price()), Decimals.money(l.unitPrice()),
                l.materials().stream().map(MaterialUsageResponse::from).toList(), LayoutJson.from(l.layout()),
                l.divisionWidthMm(), l.panes().stream().map(PaneResponse::from).toList(), l.option().optional(),
                l.option().alternativeGroup(), l.option().chosen(), l.included());
    }
}
