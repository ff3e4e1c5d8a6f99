package com.wqs.domain.layout;

import java.math.BigDecimal;

/** The glass pane of one cell of one window: the cell's size less the product's glazing deductions. */
public record Pane(String label, Opening opening, String glassCode, int widthMm, int heightMm) {

    public BigDecimal areaM2() {
        return BigDecimal.valueOf(widthMm, 3).multiply(BigDecimal.valueOf(heightMm, 3));
    }
}
