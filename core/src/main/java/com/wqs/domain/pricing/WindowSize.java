package com.wqs.domain.pricing;

import java.math.BigDecimal;
import java.util.Map;

/** A window's size and the formula variables derived from it, all exact. */
record WindowSize(int widthMm, int heightMm) {

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

    /** The values of every variable a BOM formula may use (see {@code Formula.VARIABLES}). */
    Map<String, BigDecimal> variables() {
        return Map.of(
                "width_m", widthM(),
                "height_m", heightM(),
                "width_mm", BigDecimal.valueOf(widthMm),
                "height_mm", BigDecimal.valueOf(heightMm),
                "area_m2", areaM2(),
                "perimeter_m", perimeterM());
    }
}
