package com.wqs.adapter.web.api.dto;

import com.wqs.domain.catalog.BomScope;
import java.math.BigDecimal;

/**
 * {@code formula} over the window's size and layout (and, in a cell or division scope, that cell's or
 * division's measures; docs/LAYOUTS.md); waste defaults to 1.00, {@code scope} to WINDOW.
 */
public record BomLineRequest(String materialCode, String formula, BigDecimal wasteFactor, String description,
        BomScope scope) {
}
