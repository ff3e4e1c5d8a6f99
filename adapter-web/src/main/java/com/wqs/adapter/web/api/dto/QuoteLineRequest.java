package com.wqs.adapter.web.api.dto;

import com.wqs.domain.pricing.LineKind;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.shared.TextLimits;
import java.math.BigDecimal;

/**
 * A quote line. {@code WINDOW}: productCode, glassCode, optional colour, widthMm, heightMm, a whole
 * quantity and optionally its own {@code layout} (absent: the product's default). {@code MATERIAL}:
 * materialCode and a decimal quantity (a string such as {@code "2.5"}). Any line may be {@code optional}
 * (in the total only when {@code chosen}) or one of an {@code alternativeGroup} (exactly one line of a group
 * is {@code chosen}); absent: a required line.
 */
public record QuoteLineRequest(LineKind type, @MaxLength(TextLimits.CODE) String productCode,
        @MaxLength(TextLimits.CODE) String glassCode, @MaxLength(TextLimits.COLOUR) String colour, Integer widthMm,
        Integer heightMm, BigDecimal quantity, @MaxLength(TextLimits.CODE) String materialCode,
        @MaxLength(TextLimits.DESCRIPTION) String description, LayoutJson layout,
        @Description(OPTIONAL) Boolean optional,
        @Description(GROUP) @MaxLength(TextLimits.SHORT) String alternativeGroup,
        @Description(CHOSEN) Boolean chosen) {
    public static final String OPTIONAL = "An optional line: shown with its price, in the total only when chosen.";
    public static final String GROUP = "The alternative group the line belongs to (lines of which exactly one is"
            + " chosen, e.g. clear vs. laminated glass); absent: in no group.";
    public static final String CHOSEN = "Whether an optional line or an alternative is taken (in the total).";

    /** A required line (no option fields). */
    public QuoteLineRequest(LineKind type, String productCode, String glassCode, String colour, Integer widthMm,
            Integer heightMm, BigDecimal quantity, String materialCode, String description, LayoutJson layout) {
        this(type, productCode, glassCode, colour, widthMm, heightMm, quantity, materialCode, description, layout,
                null, null, null);
    }

    /** The line's option (a required line when no option field is given). */
    public LineOption option() {
        return new LineOption(Boolean.TRUE.equals(optional), alternativeGroup, Boolean.TRUE.equals(chosen));
    }
}
