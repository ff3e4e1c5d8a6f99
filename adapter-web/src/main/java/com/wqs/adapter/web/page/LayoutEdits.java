package com.wqs.adapter.web.page;

import com.wqs.domain.layout.Direction;
import com.wqs.domain.layout.Layout;
import com.wqs.domain.layout.Opening;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The quote editor's layout controls, done on the server: split a cell, remove the division beside it, set
 * that division's position, or change the cell's opening or glass. Cells are named by their index in label
 * order (A = 0), the reading order {@link com.wqs.domain.layout.LayoutGeometry} labels them in: a vertical
 * split's parts left to right, a horizontal split's parts top to bottom (the last part first).
 */
final class LayoutEdits {
    enum Op { SPLIT_VERTICAL, SPLIT_HORIZONTAL, REMOVE, POSITION, OPENING, GLASS }

    private final Op op;
    private final int cell;
    private final String value;
    private final String field;
    private final int divisionWidthMm;
    private int seen;
    private boolean done;

    private LayoutEdits(Op op, int cell, String value, String field, int divisionWidthMm) {
        this.op = op;
        this.cell = cell;
        this.value = value == null ? "" : value.trim();
        this.field = field;
        this.divisionWidthMm = divisionWidthMm;
    }

    /**
     * {@code layout} with the edit applied; the window is {@code widthMm × heightMm} (for the positions of an
     * equal split that gets one explicit position).
     *
     * @throws ValidationException on {@code field} when the edit does not apply
     */
    static Layout apply(Layout layout, String opText, int cell, String value, int widthMm, int heightMm,
            int divisionWidthMm, String field) {
        Op op;
        try {
            op = Op.valueOf(opText.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid(field, "unknown layout edit");
        }
        LayoutEdits edits = new LayoutEdits(op, cell, value, field, divisionWidthMm);
        Layout result = edits.visit(layout, widthMm, heightMm, null);
        if (!edits.done) {
            throw invalid(field, op == Op.REMOVE ? "the window has no division to remove beside that cell"
                    : op == Op.POSITION ? "that cell has no division beside it" : "no such cell");
        }
        return result;
    }

    private static ValidationException invalid(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    /** Rebuilds {@code layout} (a cell of {@code w × h} mm), applying the edit at the chosen cell. */
    private Layout visit(Layout layout, int w, int h, Layout.Split parent) {
        if (layout instanceof Layout.Cell c) {
            int index = seen++;
            if (index != cell) {
                return c;
            }
            return switch (op) {
                case SPLIT_VERTICAL -> {
                    done = true;
                    yield Layout.Split.equal(Direction.VERTICAL, c, c);
                }
                case SPLIT_HORIZONTAL -> {
                    done = true;
                    yield Layout.Split.equal(Direction.HORIZONTAL, c, c);
                }
                case OPENING -> {
                    done = true;
                    yield new Layout.Cell(Opening.parse(value).orElseThrow(() -> invalid(field, "unknown opening")),
                            c.glassCode());
                }
                case GLASS -> {
                    done = true;
                    yield new Layout.Cell(c.opening(), value.isEmpty() ? null : value);
                }
                // Handled by the split that holds the cell.
                case REMOVE, POSITION -> c;
            };
        }
        Layout.Split split = (Layout.Split) layout;
        int n = split.parts().size();
        boolean vertical = split.direction() == Direction.VERTICAL;
        int extent = vertical ? w : h;
        List<Integer> centres = centres(split, extent);
        // Children in label order.
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            order.add(vertical ? j : n - 1 - j);
        }
        Layout[] parts = new Layout[n];
        int hitPart = -1;
        for (int j : order) {
            int start = j == 0 ? 0 : centres.get(j - 1) - divisionWidthMm / 2 + divisionWidthMm;
            int end = j == n - 1 ? extent : centres.get(j) - divisionWidthMm / 2;
            int before = seen;
            boolean wasDone = done;
            Layout part = split.parts().get(j);
            parts[j] = visit(part, vertical ? end - start : w, vertical ? h : end - start, split);
            if (!wasDone && !done && part instanceof Layout.Cell && cell >= before && cell < seen
                    && (op == Op.REMOVE || op == Op.POSITION)) {
                hitPart = j;
            }
        }
        if (hitPart < 0) {
            return new Layout.Split(split.direction(), split.positionsMm(), List.of(parts));
        }
        done = true;
        // The division after the cell's part, or before it for the last part.
        int division = hitPart < n - 1 ? hitPart : hitPart - 1;
        if (op == Op.REMOVE) {
            List<Layout> kept = new ArrayList<>(List.of(parts));
            kept.remove(hitPart);
            if (kept.size() == 1) {
                return kept.get(0);
            }
            List<Integer> positions = new ArrayList<>(split.positionsMm());
            if (!positions.isEmpty()) {
                positions.remove(division);
            }
            return new Layout.Split(split.direction(), positions, kept);
        }
        int mm;
        try {
            mm = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(field, "the division position must be a whole number of mm");
        }
        List<Integer> positions = new ArrayList<>(centres);
        positions.set(division, mm);
        return new Layout.Split(split.direction(), positions, List.of(parts));
    }

    /** The centre lines of a split's divisions: its own positions, or those of an equal split as placed. */
    private List<Integer> centres(Layout.Split split, int extent) {
        int n = split.parts().size();
        if (!split.positionsMm().isEmpty() && split.positionsMm().size() == n - 1
                && split.positionsMm().stream().noneMatch(java.util.Objects::isNull)) {
            return split.positionsMm();
        }
        List<Integer> centres = new ArrayList<>();
        int available = extent - (n - 1) * divisionWidthMm;
        int edge = 0;
        for (int i = 0; i < n - 1; i++) {
            edge += available / Math.max(1, n) + (i < Math.floorMod(available, Math.max(1, n)) ? 1 : 0);
            centres.add(edge + divisionWidthMm / 2);
            edge += divisionWidthMm;
        }
        return centres;
    }
}
