package com.wqs.domain.pricing;

import java.math.BigDecimal;

/**
 * Pieces of profile one window of a line is cut from: {@code count} pieces of {@code lengthMm} with the saw
 * angle at each end, from a BOM line ({@code description}) at a place in the window ({@code place}: a cell
 * label such as {@code B}, a division such as {@code M1} or {@code T1}, or null for the whole window).
 * A BOM line without pieces gives one piece of its formula's length per evaluation, {@code fromFormula}: such a
 * length (a perimeter, say) is what the window needs in all, so the cut list may cut it in parts.
 */
public record ProfilePiece(String materialCode, String colour, String place, String description, int count,
        int lengthMm, BigDecimal startAngle, BigDecimal endAngle, boolean fromFormula) {
}
