package com.wqs.domain.workorder;

import java.math.BigDecimal;

/**
 * Glass panes to cut for one cell of one quote line: {@code quantity} panes of width × height mm (one per
 * window of the line), at {@code position} such as {@code L2-B} (line 2, cell B of its drawing), with the
 * area of one pane and of them all in m².
 */
public record GlassPane(int lineIndex, String position, String glassCode, String glassName, int widthMm,
        int heightMm, int quantity, BigDecimal areaM2, BigDecimal totalAreaM2) {

    /** A pane entry whose areas follow from its size and quantity. */
    public static GlassPane of(int lineIndex, String position, String glassCode, String glassName, int widthMm,
            int heightMm, int quantity) {
        BigDecimal area = BigDecimal.valueOf(widthMm, 3).multiply(BigDecimal.valueOf(heightMm, 3));
        return new GlassPane(lineIndex, position, glassCode, glassName, widthMm, heightMm, quantity, area,
                area.multiply(BigDecimal.valueOf(quantity)));
    }

    /** The label of cell {@code cell} of the line at {@code lineIndex}: {@code L2-B} for index 1, cell B. */
    public static String position(int lineIndex, String cell) {
        return "L" + (lineIndex + 1) + "-" + cell;
    }
}
