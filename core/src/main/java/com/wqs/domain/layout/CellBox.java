package com.wqs.domain.layout;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * One cell of a window as drawn: its label ({@code A}, {@code B}, ... in reading order: top to bottom,
 * left to right), its box in mm (x from the frame's left edge, y from its top edge), opening and glass
 * (null: the line's glass).
 */
public record CellBox(String label, int xMm, int yMm, int widthMm, int heightMm, Opening opening, String glassCode) {

    /** The variables a BOM formula in a cell scope sees for this cell. */
    public Map<String, BigDecimal> variables() {
        BigDecimal widthM = BigDecimal.valueOf(widthMm, 3);
        BigDecimal heightM = BigDecimal.valueOf(heightMm, 3);
        Map<String, BigDecimal> vars = new HashMap<>(8);
        vars.put("cell_width_mm", BigDecimal.valueOf(widthMm));
        vars.put("cell_height_mm", BigDecimal.valueOf(heightMm));
        vars.put("cell_width_m", widthM);
        vars.put("cell_height_m", heightM);
        vars.put("cell_area_m2", widthM.multiply(heightM));
        vars.put("cell_perimeter_m", widthM.add(heightM).multiply(BigDecimal.valueOf(2)));
        return vars;
    }
}
