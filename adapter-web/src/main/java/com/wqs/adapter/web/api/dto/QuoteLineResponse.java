package com.wqs.adapter.web.api.dto;

import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;

/**
 * A requested line as entered (fields of the other type are null; {@code layout} null: the product's default),
 * with its option: optional, in an alternative group, chosen, and whether it is in the total.
 */
public record QuoteLineResponse(String type, String productCode, String glassCode, String colour, Integer widthMm,
        Integer heightMm, String quantity, String materialCode, String description, LayoutJson layout,
        @Description(QuoteLineRequest.OPTIONAL) boolean optional,
        @Description(QuoteLineRequest.GROUP) String alternativeGroup,
        @Description(QuoteLineRequest.CHOSEN) boolean chosen,
        @Description(INCLUDED) boolean included) {
    public static final String INCLUDED = "Whether the line counts in the quote's total: a required line, or a chosen"
            + " optional line or alternative.";

    public static QuoteLineResponse from(QuoteLine line) {
        LineOption o = line.option();
        if (line instanceof WindowLine w) {
            return new QuoteLineResponse("WINDOW", w.productCode(), w.glassCode(), w.colour(), w.widthMm(),
                    w.heightMm(), Integer.toString(w.quantity()), null, w.description(), LayoutJson.from(w.layout()),
                    o.optional(), o.alternativeGroup(), o.chosen(), o.included());
        }
        MaterialLine m = (MaterialLine) line;
        return new QuoteLineResponse("MATERIAL", null, null, null, null, null, Decimals.decimal(m.quantity()),
                m.materialCode(), m.description(), null, o.optional(), o.alternativeGroup(), o.chosen(), o.included());
    }
}
