package com.wqs.domain.catalog;

import com.wqs.domain.layout.GlassDeduction;
import com.wqs.domain.layout.Layout;
import com.wqs.domain.layout.LayoutGeometry;
import com.wqs.domain.layout.Opening;
import com.wqs.domain.shared.FieldError;
import java.util.List;

/**
 * How a product's windows are divided and glazed: its default layout (null: one cell, opening as its window
 * type), whether a quote line may change it (divisions, openings, per-cell glass), the width of its
 * mullions and transoms, the smallest cell it can be made with, and the glass deductions (mm off a cell's
 * width and height) for fixed cells and for sashes.
 */
public record ProductLayout(Layout defaultLayout, boolean lineMayChange, int divisionWidthMm, int minCellMm,
        GlassDeduction fixedDeduction, GlassDeduction sashDeduction) {
    /** One cell, the whole window, no deductions: a product as it was before layouts existed. */
    public static final ProductLayout NONE = new ProductLayout(null, true, 0, 1, GlassDeduction.NONE,
            GlassDeduction.NONE);
    public static final int MAX_DIVISION_WIDTH_MM = 500;

    public ProductLayout {
        fixedDeduction = fixedDeduction == null ? GlassDeduction.NONE : fixedDeduction;
        sashDeduction = sashDeduction == null ? GlassDeduction.NONE : sashDeduction;
    }

    /** The layout a line of this product gets when it names none. */
    public Layout effectiveDefault(WindowType type) {
        return defaultLayout != null ? defaultLayout : Layout.Cell.of(defaultOpening(type));
    }

    /** The opening of the single cell of a product without a layout of its own. */
    public static Opening defaultOpening(WindowType type) {
        return switch (type) {
            case FIXED -> Opening.FIXED;
            case SLIDING -> Opening.SLIDING_LEFT;
            case CASEMENT -> Opening.CASEMENT_LEFT;
            case AWNING -> Opening.AWNING;
            case TILT_TURN -> Opening.TILT_TURN_LEFT;
        };
    }

    /** Checks the fields, and that the default layout fits the product's smallest and largest window. */
    void check(List<FieldError> errors, String prefix, int minWidthMm, int minHeightMm, int maxWidthMm,
            int maxHeightMm) {
        if (divisionWidthMm < 0 || divisionWidthMm > MAX_DIVISION_WIDTH_MM) {
            errors.add(new FieldError(prefix + "divisionWidthMm", "must be between 0 and " + MAX_DIVISION_WIDTH_MM));
        }
        if (minCellMm < 1 || minCellMm > Product.MAX_DIMENSION_MM) {
            errors.add(new FieldError(prefix + "minCellMm", "must be between 1 and " + Product.MAX_DIMENSION_MM));
            return;
        }
        checkDeduction(errors, prefix + "fixedDeduction.", fixedDeduction);
        checkDeduction(errors, prefix + "sashDeduction.", sashDeduction);
        if (defaultLayout != null && errors.isEmpty()) {
            int before = errors.size();
            LayoutGeometry.place(defaultLayout, minWidthMm, minHeightMm, divisionWidthMm, minCellMm,
                    prefix + "defaultLayout.", errors);
            if (errors.size() == before) {
                LayoutGeometry.place(defaultLayout, maxWidthMm, maxHeightMm, divisionWidthMm, minCellMm,
                        prefix + "defaultLayout.", errors);
            }
        }
    }

    private void checkDeduction(List<FieldError> errors, String prefix, GlassDeduction deduction) {
        check(errors, prefix + "widthMm", deduction.widthMm());
        check(errors, prefix + "heightMm", deduction.heightMm());
    }

    private void check(List<FieldError> errors, String field, int value) {
        if (value < 0) {
            errors.add(new FieldError(field, "must not be negative"));
        } else if (value >= minCellMm) {
            errors.add(new FieldError(field, "is " + value + " mm, which would leave no glass in the smallest cell ("
                    + minCellMm + " mm, minCellMm); make it smaller or raise the minimum cell size"));
        }
    }
}
