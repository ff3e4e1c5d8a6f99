package com.wqs.domain.pricing;

import com.wqs.domain.catalog.BomScope;
import com.wqs.domain.catalog.FormulaValues;
import com.wqs.domain.layout.CellBox;
import com.wqs.domain.layout.Direction;
import com.wqs.domain.layout.DivisionBar;
import com.wqs.domain.layout.Layout;
import com.wqs.domain.layout.LayoutGeometry;
import com.wqs.domain.layout.Pane;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One window of a line as the BOM sees it: its size, its placed layout and panes, and the formula
 * variables of the window and of each cell and division (built once per line, each place's values in
 * its own {@link FormulaValues}).
 */
final class LaidOutWindow {
    private static final int SASHES = FormulaValues.slot("sashes");
    private static final int CELLS = FormulaValues.slot("cells");
    private static final int FIXED_CELLS = FormulaValues.slot("fixed_cells");
    private static final int MULLIONS = FormulaValues.slot("mullions");
    private static final int TRANSOMS = FormulaValues.slot("transoms");
    private static final int MULLION_M = FormulaValues.slot("mullion_m");
    private static final int TRANSOM_M = FormulaValues.slot("transom_m");
    private static final int GLASS_AREA_M2 = FormulaValues.slot("glass_area_m2");
    private static final int PANES = FormulaValues.slot("panes");
    private static final int CELL_WIDTH_MM = FormulaValues.slot("cell_width_mm");
    private static final int CELL_HEIGHT_MM = FormulaValues.slot("cell_height_mm");
    private static final int CELL_WIDTH_M = FormulaValues.slot("cell_width_m");
    private static final int CELL_HEIGHT_M = FormulaValues.slot("cell_height_m");
    private static final int CELL_AREA_M2 = FormulaValues.slot("cell_area_m2");
    private static final int CELL_PERIMETER_M = FormulaValues.slot("cell_perimeter_m");
    private static final int DIVISION_LENGTH_MM = FormulaValues.slot("division_length_mm");
    private static final int DIVISION_LENGTH_M = FormulaValues.slot("division_length_m");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final Layout layout;
    private final LayoutGeometry geometry;
    private final List<Pane> panes;
    private final FormulaValues windowValues;
    /** Per scope (by ordinal), built when a BOM line of that scope first asks: a BOM has several lines per scope. */
    private final List<?>[] evaluations = new List<?>[BomScope.values().length];
    /** Per cell (label order): the cell scopes (each cell, each sash, each fixed cell) share a cell's values. */
    private final Evaluation[] cellEvaluations;

    LaidOutWindow(WindowSize size, BigDecimal quantity, Layout layout, LayoutGeometry geometry, List<Pane> panes) {
        this.layout = layout;
        this.geometry = geometry;
        this.panes = panes;
        this.cellEvaluations = new Evaluation[geometry.cells().size()];
        FormulaValues values = size.values(quantity);
        int cells = geometry.cells().size();
        int sashes = 0;
        for (CellBox cell : geometry.cells()) {
            sashes += cell.opening().isSash() ? 1 : 0;
        }
        int mullions = 0;
        long mullionMm = 0;
        long transomMm = 0;
        for (DivisionBar division : geometry.divisions()) {
            if (division.direction() == Direction.VERTICAL) {
                mullions++;
                mullionMm += division.lengthMm();
            } else {
                transomMm += division.lengthMm();
            }
        }
        values.set(CELLS, BigDecimal.valueOf(cells))
                .set(SASHES, BigDecimal.valueOf(sashes))
                .set(FIXED_CELLS, BigDecimal.valueOf(cells - sashes))
                .set(MULLIONS, BigDecimal.valueOf(mullions))
                .set(TRANSOMS, BigDecimal.valueOf(geometry.divisions().size() - mullions))
                .set(MULLION_M, BigDecimal.valueOf(mullionMm, 3))
                .set(TRANSOM_M, BigDecimal.valueOf(transomMm, 3))
                .set(GLASS_AREA_M2, glassAreaM2())
                .set(PANES, BigDecimal.valueOf(panes.size()));
        this.windowValues = values;
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

    /**
     * The places a formula in {@code scope} is evaluated at, each with its variables: the window (no place),
     * each cell of the kind (its label, A, B, ...) or each division ({@code M1}, {@code T1}, ... in layout order).
     */
    @SuppressWarnings("unchecked")
    List<Evaluation> evaluations(BomScope scope) {
        List<Evaluation> found = (List<Evaluation>) evaluations[scope.ordinal()];
        if (found == null) {
            found = places(scope);
            evaluations[scope.ordinal()] = found;
        }
        return found;
    }

    private List<Evaluation> places(BomScope scope) {
        return switch (scope) {
            case WINDOW -> List.of(new Evaluation(null, windowValues));
            case EACH_CELL -> cells(0);
            case EACH_SASH -> cells(1);
            case EACH_FIXED_CELL -> cells(-1);
            case EACH_MULLION -> divisions("M", Direction.VERTICAL);
            case EACH_TRANSOM -> divisions("T", Direction.HORIZONTAL);
        };
    }

    /** Every cell (kind 0), the sashes (1) or the fixed cells (-1), in label order. */
    private List<Evaluation> cells(int kind) {
        List<CellBox> cells = geometry.cells();
        List<Evaluation> result = new ArrayList<>(cells.size());
        for (int k = 0; k < cells.size(); k++) {
            CellBox cell = cells.get(k);
            if (kind == 0 || cell.opening().isSash() == (kind > 0)) {
                result.add(cell(k, cell));
            }
        }
        return result;
    }

    private Evaluation cell(int index, CellBox cell) {
        if (cellEvaluations[index] == null) {
            BigDecimal widthM = BigDecimal.valueOf(cell.widthMm(), 3);
            BigDecimal heightM = BigDecimal.valueOf(cell.heightMm(), 3);
            cellEvaluations[index] = new Evaluation(cell.label(), windowValues.copy()
                    .set(CELL_WIDTH_MM, BigDecimal.valueOf(cell.widthMm()))
                    .set(CELL_HEIGHT_MM, BigDecimal.valueOf(cell.heightMm()))
                    .set(CELL_WIDTH_M, widthM)
                    .set(CELL_HEIGHT_M, heightM)
                    .set(CELL_AREA_M2, widthM.multiply(heightM))
                    .set(CELL_PERIMETER_M, widthM.add(heightM).multiply(TWO)));
        }
        return cellEvaluations[index];
    }

    private List<Evaluation> divisions(String prefix, Direction direction) {
        List<Evaluation> result = new ArrayList<>();
        for (DivisionBar division : geometry.divisions()) {
            if (division.direction() == direction) {
                result.add(new Evaluation(prefix + (result.size() + 1), windowValues.copy()
                        .set(DIVISION_LENGTH_MM, BigDecimal.valueOf(division.lengthMm()))
                        .set(DIVISION_LENGTH_M, BigDecimal.valueOf(division.lengthMm(), 3))));
            }
        }
        return result;
    }

    /** One evaluation of a BOM line: where in the window (null: the whole window) and the formula variables. */
    record Evaluation(String place, FormulaValues variables) {
    }
}
