package com.wqs.adapter.web.api.dto;

import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;

/** A requested line as entered (fields of the other type are null; {@code layout} null: the product's default). */
public record QuoteLineResponse(String type, String productCode, String glassCode, String colour, Integer widthMm,
        Integer heightMm, String quantity, String materialCode, String description, LayoutJson layout) {
    public static QuoteLineResponse from(QuoteLine line) {
        if (line instanceof WindowLine w) {
            return new QuoteLineResponse("WINDOW", w.productCode(), w.glassCode(), w.colour(), w.widthMm(),
                    w.heightMm(), Integer.toString(w.quantity()), null, w.description(), LayoutJson.from(w.layout()));
        }
        MaterialLine m = (MaterialLine) line;
        return new QuoteLineResponse("MATERIAL", null, null, null, null, null, Decimals.decimal(m.quantity()),
                m.materialCode(), m.description(), null);
    }
}
