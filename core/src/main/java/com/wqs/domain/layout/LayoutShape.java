package com.wqs.domain.layout;

/** Counts over a layout tree that need no size. */
final class LayoutShape {
    private LayoutShape() {
    }

    static int countCells(Layout layout) {
        if (layout instanceof Layout.Split split) {
            return split.parts().stream().mapToInt(p -> p == null ? 0 : countCells(p)).sum();
        }
        return 1;
    }
}
