package com.wqs.domain.catalog;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A window or door model: size range, bill of materials, and how its windows are divided and glazed. */
public record Product(
        ProductId id,
        String code,
        String name,
        ProductCategory category,
        WindowType windowType,
        int minWidthMm,
        int maxWidthMm,
        int minHeightMm,
        int maxHeightMm,
        List<BomLine> bom,
        ProductLayout layout,
        boolean active,
        long version) {

    public static final int MAX_DIMENSION_MM = 20_000;
    public static final int MAX_BOM_LINES = 100;

    public Product {
        bom = bom == null ? List.of() : List.copyOf(bom);
        layout = layout == null ? ProductLayout.NONE : layout;
        List<FieldError> errors = new ArrayList<>();
        if (id == null) {
            errors.add(new FieldError("id", "is required"));
        }
        CatalogRules.checkCode(errors, "code", code);
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "is required"));
        } else {
            TextLimits.check(errors, "name", name.trim(), TextLimits.NAME);
        }
        if (category == null) {
            errors.add(new FieldError("category", "is required"));
        }
        if (windowType == null) {
            errors.add(new FieldError("windowType", "is required"));
        }
        checkRange(errors, "Width", minWidthMm, maxWidthMm);
        checkRange(errors, "Height", minHeightMm, maxHeightMm);
        if (bom.size() > MAX_BOM_LINES) {
            errors.add(new FieldError("bom", "must have at most " + MAX_BOM_LINES + " lines"));
        }
        for (int i = 0; i < bom.size(); i++) {
            BomLine.check(errors, "bom[" + i + "].", bom.get(i));
        }
        if (errors.isEmpty()) {
            layout.check(errors, "layout.", minWidthMm, minHeightMm, maxWidthMm, maxHeightMm);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        code = code.trim().toUpperCase(Locale.ROOT);
        name = name.trim();
    }

    /** A product without a layout of its own: one cell, the whole window. */
    public Product(ProductId id, String code, String name, ProductCategory category, WindowType windowType,
            int minWidthMm, int maxWidthMm, int minHeightMm, int maxHeightMm, List<BomLine> bom, boolean active,
            long version) {
        this(id, code, name, category, windowType, minWidthMm, maxWidthMm, minHeightMm, maxHeightMm, bom,
                ProductLayout.NONE, active, version);
    }

    public boolean fitsWidth(int widthMm) {
        return widthMm >= minWidthMm && widthMm <= maxWidthMm;
    }

    public boolean fitsHeight(int heightMm) {
        return heightMm >= minHeightMm && heightMm <= maxHeightMm;
    }

    public Product withVersion(long newVersion) {
        return new Product(id, code, name, category, windowType, minWidthMm, maxWidthMm, minHeightMm, maxHeightMm,
                bom, layout, active, newVersion);
    }

    private static void checkRange(List<FieldError> errors, String dimension, int min, int max) {
        if (min < 1 || min > MAX_DIMENSION_MM) {
            errors.add(new FieldError("min" + dimension + "Mm", "must be between 1 and " + MAX_DIMENSION_MM));
        }
        if (max < 1 || max > MAX_DIMENSION_MM) {
            errors.add(new FieldError("max" + dimension + "Mm", "must be between 1 and " + MAX_DIMENSION_MM));
        } else if (max < min) {
            errors.add(new FieldError("max" + dimension + "Mm", "must not be below min" + dimension + "Mm"));
        }
    }
}
