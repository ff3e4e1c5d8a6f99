package com.wqs.adapter.web.format;

import com.wqs.adapter.web.i18n.Messages;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.pricing.WindowTotals;

/** A quote's windows in one line, for the quote page and the PDF: count, area, perimeter, total per m². */
public final class WindowTotalsText {
    private WindowTotalsText() {
    }

    /** {@code Windows: 3 · area 4.93 m² · perimeter 15.47 m · $1,168.32 per m²}; null for a quote without windows. */
    public static String of(QuotePricing pricing, DisplayFormat format, Messages texts) {
        WindowTotals totals = pricing.windowTotals();
        return totals.perSquareMetre(pricing.total())
                .map(perM2 -> texts.text("doc.window-totals", format.number(totals.windows()),
                        format.number(totals.areaM2()), format.number(totals.perimeterM()), format.money(perM2)))
                .orElse(null);
    }
}
