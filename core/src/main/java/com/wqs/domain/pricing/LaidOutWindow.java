package com.wqs.domain.pricing;

import com.wqs.domain.catalog.BomScope;
import com.wqs.domain.layout.CellBox;
import com.wqs.domain.layout.DivisionBar;
import com.wqs.domain.layout.Layout;
import com.wqs.domain.layout.LayoutGeometry;
import com.wqs.domain.layout.Pane;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One window of a line as the BOM sees it: its size, its placed layout and panes, and the formula
 * variables of the window and of each cell and division (built once per line).
 */
final class LaidOutWindow {
    private final Layout layout;
    private final LayoutGeometry geometry;
    private final List<Pane> panes;
    private final Map<String, BigDecimal> windowVariables;

    LaidOutWindow(WindowSize size, Layout layout, LayoutGeometry geometry, List<Pane> panes) {
        this.layout = layout;
        this.geometry = geometry;
        this.panes = panes;
        Map<String, BigDecimal> vars = new HashMap<>(32);
        vars.putAll(size.variables());
        long sashes = geometry.sashes();
        vars.put("cells", BigDecimal.valueOf(geometry.cells().size()));
        vars.put("sashes", BigDecimal.valueOf(sashes));
        vars.put("fixed_cells", BigDecimal.valueOf(geometry.cells().size() - sashes));
        vars.put("mullions", BigDecimal.valueOf(geometry.mullions().size()));
        vars.put("transoms", BigDecimal.valueOf(geometry.transoms().size()));
        vars.put("mullion_m", LayoutGeometry.lengthM(geometry.mullions()));
        vars.put("transom_m", LayoutGeometry.lengthM(geometry.transoms()));
        vars.put("glass_area_m2", glassAreaM2());
        vars.put("panes", BigDecimal.valueOf(panes.size()));
        this.windowVariables = Map.copyOf(vars);
    }

    Layout layout() {
        return layout;
    }

    List<Pane> panes() {
        return panes;
    }

    /** Σ pane areas of one window, m². */
    BigDecimal glassAreaM2() {
        BigDecimal area = BigDecimal.ZERO;
        for (Pane pane : panes) {
            area = area.add(pane.areaM2());
        }
        return area;
    }

    Map<String, BigDecimal> windowVariables() {
        return windowVariables;
    }

    /** The variable maps a formula in {@code scope} is evaluated with, one per evaluation. */
    List<Map<String, BigDecimal>> evaluations(BomScope scope) {
        return switch (scope) {
            case WINDOW -> List.of(windowVariables);
            case EACH_CELL -> geometry.cells().stream().map(this::with).toList();
            case EACH_SASH -> geometry.cells().stream().filter(c -> c.opening().isSash()).map(this::with).toList();
            case EACH_FIXED_CELL ->
                    geometry.cells().stream().filter(c -> !c.opening().isSash()).map(this::with).toList();
            case EACH_MULLION -> geometry.mullions().stream().map(this::with).toList();
            case EACH_TRANSOM -> geometry.transoms().stream().map(this::with).toList();
        };
    }

    private Map<String, BigDecimal> with(CellBox cell) {
        Map<String, BigDecimal> vars = new HashMap<>(windowVariables);
        vars.putAll(cell.variables());
        return vars;
    }

    private Map<String, BigDecimal> with(DivisionBar division) {
        Map<String, BigDecimal> vars = new HashMap<>(windowVariables);
        vars.putAll(division.variables());
        return vars;
    }
}
