package com.wqs.adapter.web.api.dto;

import com.wqs.domain.pricing.LineKind;
import com.wqs.domain.shared.TextLimits;
import java.math.BigDecimal;

/**
 * A quote line. {@code WINDOW}: productCode, glassCode, optional colour, widthMm, heightMm, a whole
 * quantity and optionally its own {@code layout} (absent: the product's default). {@code MATERIAL}:
 * materialCode and a decimal quantity (a string such as {@code "2.5"}).
 */
public record QuoteLineRequest(LineKind type, @MaxLength(TextLimits.CODE) String productCode,
        @MaxLength(TextLimits.CODE) String glassCode, @MaxLength(TextLimits.COLOUR) String colour, Integer widthMm,
        Integer heightMm, BigDecimal quantity, @MaxLength(TextLimits.CODE) String materialCode,
        @MaxLength(TextLimits.DESCRIPTION) String description, LayoutJson layout) {
}
