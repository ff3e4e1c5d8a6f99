package com.wqs.domain.pricing;

import com.wqs.domain.catalog.FormulaValues;
import java.math.BigDecimal;

/** A window's size and the formula variables derived from it, all exact. */
record WindowSize(int widthMm, int heightMm) {
    private static final int WIDTH_M = FormulaValues.slot("width_m");
    private static final int HEIGHT_M = FormulaValues.slot("height_m");
    private static final int WIDTH_MM = FormulaValues.slot("width_mm");
    private static final int HEIGHT_MM = FormulaValues.slot("height_mm");
    private static final int AREA_M2 = FormulaValues.slot("area_m2");
    private static final int PERIMETER_M = FormulaValues.slot("perimeter_m");
    private static final int QUANTITY = FormulaValues.slot("quantity");

    BigDecimal widthM() {
        return BigDecimal.valueOf(widthMm, 3);
    }

    BigDecimal heightM() {
        return BigDecimal.valueOf(heightMm, 3);
    }

    BigDecimal areaM2() {
        return widthM().multiply(heightM());
    }

    BigDecimal perimeterM() {
        return widthM().add(heightM()).multiply(BigDecimal.valueOf(2));
    }

    /** The values of the line's variables a BOM formula may use (see {@code Formula.VARIABLES}) for this size. */
    FormulaValues values(BigDecimal quantity) {
        return new FormulaValues()
                .set(WIDTH_M, widthM())
                .set(HEIGHT_M, heightM())
                .set(WIDTH_MM, BigDecimal.valueOf(widthMm))
                .set(HEIGHT_MM, BigDecimal.valueOf(heightMm))
                .set(AREA_M2, areaM2())
                .set(PERIMETER_M, perimeterM())
                .set(QUANTITY, quantity);
    }
}
