package com.wqs.adapter.web.api.dto;

import com.wqs.domain.pricing.LineKind;
import java.math.BigDecimal;

/**
 * A quote line. {@code WINDOW}: productCode, glassCode, optional colour, widthMm, heightMm, a whole
 * quantity and optionally its own {@code layout} (absent: the product's default). {@code MATERIAL}:
 * materialCode and a decimal quantity (a string such as {@code "2.5"}).
 */
public record QuoteLineRequest(LineKind type, String productCode, String glassCode, String colour, Integer widthMm,
        Integer heightMm, BigDecimal quantity, String materialCode, String description, LayoutJson layout) {
}
