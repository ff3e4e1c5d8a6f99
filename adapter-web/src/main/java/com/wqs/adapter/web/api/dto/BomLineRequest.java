package com.wqs.adapter.web.api.dto;

import com.wqs.domain.catalog.BomScope;
import com.wqs.domain.shared.TextLimits;
import java.math.BigDecimal;

/**
 * {@code formula} over the window's size and layout (and, in a cell or division scope, that cell's or
 * division's measures; docs/LAYOUTS.md), or, for a profile, its {@code pieces} instead; waste defaults to
 * 1.00, {@code scope} to WINDOW.
 */
public record BomLineRequest(@MaxLength(TextLimits.CODE) String materialCode,
        @Description(FORMULA) @MaxLength(TextLimits.FORMULA) String formula, BigDecimal wasteFactor,
        @MaxLength(TextLimits.DESCRIPTION) String description, BomScope scope,
        @Description(PIECES) BomPiecesRequest pieces) {
    static final String FORMULA = "Quantity formula over the window (and the scope's cell or division) in the "
            + "material's unit; required unless the line gives its pieces, and then empty or absent.";
    static final String PIECES = "For a profile line instead of formula: the pieces it is cut into (absent: the "
            + "line has a formula).";
}
