package com.wqs.domain.catalog;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a BOM line's formula is evaluated: once for the window, or once for each cell of a kind (sashes,
 * fixed cells, all cells) or each division (mullions, transoms), the results summed per window. Each
 * scope sees the window's variables plus its own.
 */
public enum BomScope {
    WINDOW(List.of()),
    EACH_SASH(Names.CELL),
    EACH_FIXED_CELL(Names.CELL),
    EACH_CELL(Names.CELL),
    EACH_MULLION(Names.DIVISION),
    EACH_TRANSOM(Names.DIVISION);

    private final Set<String> variables;

    BomScope(List<String> own) {
        Set<String> all = new TreeSet<>(Formula.VARIABLES);
        all.addAll(Names.LAYOUT);
        all.addAll(own);
        this.variables = Set.copyOf(all);
    }

    /** The variables a formula in this scope may use. */
    public Set<String> variables() {
        return variables;
    }

    /** Cell scopes: the formula is evaluated once per cell of the kind. */
    public boolean perCell() {
        return this == EACH_SASH || this == EACH_FIXED_CELL || this == EACH_CELL;
    }

    /** The variable names, apart from the scopes so that {@link Formula} can know them all without a cycle. */
    static final class Names {
        /** What every formula sees besides the window's size: counts and measures of its layout. */
        static final List<String> LAYOUT = List.of("sashes", "fixed_cells", "cells", "mullions", "transoms",
                "mullion_m", "transom_m", "glass_area_m2", "panes");
        static final List<String> CELL = List.of("cell_width_mm", "cell_height_mm", "cell_width_m",
                "cell_height_m", "cell_area_m2", "cell_perimeter_m");
        static final List<String> DIVISION = List.of("division_length_mm", "division_length_m");

        private Names() {
        }

        static Set<String> all(Set<String> window) {
            Set<String> all = new TreeSet<>(window);
            all.addAll(LAYOUT);
            all.addAll(CELL);
            all.addAll(DIVISION);
            return Set.copyOf(all);
        }
    }
}
