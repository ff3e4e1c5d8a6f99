package com.wqs.domain.layout;

import com.wqs.domain.shared.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A layout placed in a frame of a given size: every cell's box (in label order) and every division's
 * box. Divisions are {@code divisionWidthMm} wide and centred on their position, so the cells and
 * divisions of each split exactly fill it: Σ cell widths + Σ mullion widths = frame width along any row.
 */
public record LayoutGeometry(int widthMm, int heightMm, List<CellBox> cells, List<DivisionBar> divisions) {
    public static final int MAX_CELLS = 16;

    public LayoutGeometry {
        cells = List.copyOf(cells);
        divisions = List.copyOf(divisions);
    }

    /**
     * Places {@code layout} in a frame of {@code widthMm × heightMm}, or returns empty after adding the
     * layout's errors under {@code prefix} (e.g. {@code lines[2].layout.}): a division outside its cell
     * or not after the previous one ({@code divisions[k].positionMm}), a cell narrower or lower than
     * {@code minCellMm} ({@code cells[k].width|height}, k in label order), more than 16 cells, a split
     * without parts or with a number of positions that does not match its parts.
     */
    public static Optional<LayoutGeometry> place(Layout layout, int widthMm, int heightMm, int divisionWidthMm,
            int minCellMm, String prefix, List<FieldError> errors) {
        int errorsBefore = errors.size();
        if (layout == null) {
            errors.add(new FieldError(prefix.isEmpty() ? "layout" : prefix.substring(0, prefix.length() - 1),
                    "is required"));
            return Optional.empty();
        }
        int cellCount = LayoutShape.countCells(layout);
        if (cellCount > MAX_CELLS) {
            errors.add(new FieldError(prefix + "cells", "must be at most " + MAX_CELLS + " (the layout has "
                    + cellCount + ")"));
            return Optional.empty();
        }
        Placer placer = new Placer(divisionWidthMm, prefix, errors);
        placer.place(layout, 0, 0, widthMm, heightMm);
        if (errors.size() > errorsBefore) {
            return Optional.empty();
        }
        for (int k = 0; k < placer.cells.size(); k++) {
            CellBox cell = placer.cells.get(k);
            if (cell.widthMm() < minCellMm) {
                errors.add(new FieldError(prefix + "cells[" + k + "].width", "cell " + cell.label() + " is "
                        + cell.widthMm() + " mm wide, below the product's minimum cell size of " + minCellMm + " mm"));
            }
            if (cell.heightMm() < minCellMm) {
                errors.add(new FieldError(prefix + "cells[" + k + "].height", "cell " + cell.label() + " is "
                        + cell.heightMm() + " mm high, below the product's minimum cell size of " + minCellMm + " mm"));
            }
        }
        if (errors.size() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new LayoutGeometry(widthMm, heightMm, placer.cells, placer.divisions));
    }

    /** Cells that open. */
    public long sashes() {
        return cells.stream().filter(c -> c.opening().isSash()).count();
    }

    public List<DivisionBar> mullions() {
        return divisions.stream().filter(d -> d.direction() == Direction.VERTICAL).toList();
    }

    public List<DivisionBar> transoms() {
        return divisions.stream().filter(d -> d.direction() == Direction.HORIZONTAL).toList();
    }

    /** One pane per cell (in label order): the cell less the deduction for its kind, in the cell's glass or {@code lineGlass}. */
    public List<Pane> panes(GlassDeduction fixed, GlassDeduction sash, String lineGlass) {
        return cells.stream().map(cell -> {
            GlassDeduction deduction = cell.opening().isSash() ? sash : fixed;
            return new Pane(cell.label(), cell.opening(), cell.glassCode() == null ? lineGlass : cell.glassCode(),
                    cell.widthMm() - deduction.widthMm(), cell.heightMm() - deduction.heightMm());
        }).toList();
    }

    /** Σ lengths of the given divisions in metres. */
    public static BigDecimal lengthM(List<DivisionBar> bars) {
        return BigDecimal.valueOf(bars.stream().mapToLong(DivisionBar::lengthMm).sum(), 3);
    }

    /** Walks the layout tree, placing cells in reading order and checking every split. */
    private static final class Placer {
        private final int divisionWidth;
        private final String prefix;
        private final List<FieldError> errors;
        private final List<CellBox> cells = new ArrayList<>();
        private final List<DivisionBar> divisions = new ArrayList<>();

        Placer(int divisionWidth, String prefix, List<FieldError> errors) {
            this.divisionWidth = divisionWidth;
            this.prefix = prefix;
            this.errors = errors;
        }

        void place(Layout layout, int x, int y, int width, int height) {
            if (layout instanceof Layout.Cell cell) {
                cells.add(new CellBox(label(cells.size()), x, y, width, height, cell.opening(), cell.glassCode()));
            } else if (layout instanceof Layout.Split split) {
                placeSplit(split, x, y, width, height);
            }
        }

        private void placeSplit(Layout.Split split, int x, int y, int width, int height) {
            int n = split.parts().size();
            boolean vertical = split.direction() == Direction.VERTICAL;
            int extent = vertical ? width : height;
            int firstDivision = divisions.size();
            String field = prefix + "divisions[" + firstDivision + "].positionMm";
            if (n < 2 || split.parts().stream().anyMatch(java.util.Objects::isNull)) {
                errors.add(new FieldError(prefix + "divisions[" + firstDivision + "]",
                        "a split needs at least two parts, each a cell or a split"));
                return;
            }
            if (!split.positionsMm().isEmpty() && split.positionsMm().size() != n - 1) {
                errors.add(new FieldError(field, "a split into " + n + " parts needs " + (n - 1)
                        + " division positions, not " + split.positionsMm().size()));
                return;
            }
            int[] centres = new int[n - 1];
            int half = divisionWidth / 2;
            int available = extent - (n - 1) * divisionWidth;
            int edge = 0;
            for (int i = 0; i < n - 1; i++) {
                if (split.positionsMm().isEmpty()) {
                    // An equal split gives equal cells (the remainder's mm to the first ones), not equal spacing.
                    edge += available / n + (i < Math.floorMod(available, n) ? 1 : 0);
                    centres[i] = edge + half;
                    edge += divisionWidth;
                } else if (split.positionsMm().get(i) == null) {
                    errors.add(new FieldError(prefix + "divisions[" + (firstDivision + i) + "].positionMm",
                            "is required"));
                    return;
                } else {
                    centres[i] = split.positionsMm().get(i);
                }
                String positionField = prefix + "divisions[" + (firstDivision + i) + "].positionMm";
                int previousEnd = i == 0 ? 0 : centres[i - 1] - half + divisionWidth;
                int lowest = previousEnd + half + 1;
                int highest = extent - divisionWidth + half - 1;
                if (centres[i] < lowest || centres[i] > highest) {
                    errors.add(new FieldError(positionField, "must leave room for a cell on each side: between "
                            + lowest + " and " + highest + " mm from the " + (vertical ? "left" : "bottom")
                            + " of a cell " + extent + " mm " + (vertical ? "wide" : "high")
                            + (i == 0 ? "" : ", after the previous division")));
                    return;
                }
            }
            int[] starts = new int[n];
            int[] ends = new int[n];
            for (int j = 0; j < n; j++) {
                starts[j] = j == 0 ? 0 : centres[j - 1] - half + divisionWidth;
                ends[j] = j == n - 1 ? extent : centres[j] - half;
            }
            for (int i = 0; i < n - 1; i++) {
                int from = centres[i] - half;
                divisions.add(vertical
                        ? new DivisionBar(Direction.VERTICAL, x + from, y, divisionWidth, height, centres[i])
                        : new DivisionBar(Direction.HORIZONTAL, x, y + height - from - divisionWidth, width,
                                divisionWidth, centres[i]));
            }
            if (vertical) {
                for (int j = 0; j < n; j++) {
                    place(split.parts().get(j), x + starts[j], y, ends[j] - starts[j], height);
                }
            } else {
                for (int j = n - 1; j >= 0; j--) {
                    place(split.parts().get(j), x, y + height - ends[j], width, ends[j] - starts[j]);
                }
            }
        }

        private static String label(int index) {
            return String.valueOf((char) ('A' + index));
        }
    }
}
