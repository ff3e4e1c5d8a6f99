package com.wqs.domain.pricing;

import com.wqs.domain.catalog.BomScope;
import com.wqs.domain.layout.CellBox;
import com.wqs.domain.layout.DivisionBar;
import com.wqs.domain.layout.Layout;
import com.wqs.domain.layout.LayoutGeometry;
import com.wqs.domain.layout.Pane;
import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One window of a line as the BOM sees it: its size, its placed layout and panes, and the formula
 * variables of the window and of each cell and division (built once per line).
 */
final class LaidOutWindow {
    private final Layout layout;
    private final LayoutGeometry geometry;
    private final List<Pane> panes;
    private final Map<String, BigDecimal> windowVariables;
    /** Per scope, built when a BOM line of that scope first asks: a BOM has several lines per scope. */
    private final Map<BomScope, List<Evaluation>> evaluations = new EnumMap<>(BomScope.class);
    /** Per cell label: the cell scopes (each cell, each sash, each fixed cell) share a cell's variables. */
    private final Map<String, Evaluation> cellEvaluations = new HashMap<>();

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

    /**
     * The places a formula in {@code scope} is evaluated at, each with its variables: the window (no place),
     * each cell of the kind (its label, A, B, ...) or each division ({@code M1}, {@code T1}, ... in layout order).
     */
    List<Evaluation> evaluations(BomScope scope) {
        return evaluations.computeIfAbsent(scope, this::places);
    }

    private List<Evaluation> places(BomScope scope) {
        return switch (scope) {
            case WINDOW -> List.of(new Evaluation(null, windowVariables));
            case EACH_CELL -> geometry.cells().stream().map(this::with).toList();
            case EACH_SASH -> geometry.cells().stream().filter(c -> c.opening().isSash()).map(this::with).toList();
            case EACH_FIXED_CELL ->
                    geometry.cells().stream().filter(c -> !c.opening().isSash()).map(this::with).toList();
            case EACH_MULLION -> divisions("M", geometry.mullions());
            case EACH_TRANSOM -> divisions("T", geometry.transoms());
        };
    }

    private List<Evaluation> divisions(String prefix, List<DivisionBar> bars) {
        List<Evaluation> evaluations = new ArrayList<>(bars.size());
        for (int i = 0; i < bars.size(); i++) {
            evaluations.add(with(prefix + (i + 1), bars.get(i)));
        }
        return evaluations;
    }

    private Evaluation with(CellBox cell) {
        return cellEvaluations.computeIfAbsent(cell.label(),
                label -> new Evaluation(label, new Overlay(cell.variables(), windowVariables)));
    }

    private Evaluation with(String place, DivisionBar division) {
        return new Evaluation(place, new Overlay(division.variables(), windowVariables));
    }

    /** A cell's or division's own variables over the window's, without copying the window's. */
    private static final class Overlay extends AbstractMap<String, BigDecimal> {
        private final Map<String, BigDecimal> own;
        private final Map<String, BigDecimal> window;

        Overlay(Map<String, BigDecimal> own, Map<String, BigDecimal> window) {
            this.own = own;
            this.window = window;
        }

        @Override
        public BigDecimal get(Object key) {
            BigDecimal value = own.get(key);
            return value != null ? value : window.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return own.containsKey(key) || window.containsKey(key);
        }

        @Override
        public Set<Entry<String, BigDecimal>> entrySet() {
            Map<String, BigDecimal> all = new HashMap<>(window);
            all.putAll(own);
            return Collections.unmodifiableMap(all).entrySet();
        }
    }

    /** One evaluation of a BOM line: where in the window (null: the whole window) and the formula variables. */
    record Evaluation(String place, Map<String, BigDecimal> variables) {
    }
}
