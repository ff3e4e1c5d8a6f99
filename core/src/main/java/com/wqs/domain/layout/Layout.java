package com.wqs.domain.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a window's frame is divided: a single {@link Cell}, or a {@link Split} of a cell into parts by
 * mullions or transoms, recursively. Immutable; checked against a size by {@link LayoutGeometry}.
 */
public sealed interface Layout permits Layout.Cell, Layout.Split {

    /** The layout as its text notation (see {@link LayoutNotation}). */
    default String notation() {
        return LayoutNotation.format(this);
    }

    /** The glass codes cells of this layout name for themselves. */
    default Set<String> glassCodes() {
        Set<String> codes = new TreeSet<>();
        collectGlassCodes(this, codes);
        return codes;
    }

    private static void collectGlassCodes(Layout layout, Set<String> codes) {
        if (layout instanceof Cell cell && cell.glassCode() != null) {
            codes.add(cell.glassCode());
        } else if (layout instanceof Split split) {
            split.parts().stream().filter(Objects::nonNull).forEach(part -> collectGlassCodes(part, codes));
        }
    }

    /** A glazed cell: its opening and, optionally, its own glass material (else the line's glass). */
    record Cell(Opening opening, String glassCode) implements Layout {
        public Cell {
            opening = opening == null ? Opening.FIXED : opening;
            glassCode = glassCode == null || glassCode.isBlank() ? null : glassCode.trim().toUpperCase(Locale.ROOT);
        }

        public static Cell of(Opening opening) {
            return new Cell(opening, null);
        }
    }

    /**
     * A cell divided into {@code parts} by {@code parts.size() - 1} divisions. {@code positionsMm} is empty
     * for an equal split, else the centre line of each division in mm from the left (vertical) or bottom
     * (horizontal) edge of the split cell, increasing.
     */
    record Split(Direction direction, List<Integer> positionsMm, List<Layout> parts) implements Layout {
        public Split {
            direction = direction == null ? Direction.VERTICAL : direction;
            // Copies that keep nulls, so that a bad document is refused by validation with the field named.
            positionsMm = positionsMm == null ? List.of()
                    : Collections.unmodifiableList(new ArrayList<>(positionsMm));
            parts = parts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(parts));
        }

        public static Split equal(Direction direction, Layout... parts) {
            return new Split(direction, List.of(), List.of(parts));
        }
    }
}
