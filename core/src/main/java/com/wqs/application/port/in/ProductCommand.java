package com.wqs.application.port.in;

import com.wqs.domain.catalog.BomScope;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.ProductLayout;
import com.wqs.domain.catalog.WindowType;
import java.math.BigDecimal;
import java.util.List;

/**
 * The fields of a product to create or replace; formulas are given as text and validated on save. A null
 * {@code layout} is {@link ProductLayout#NONE}: one cell, the whole window, no deductions.
 */
public record ProductCommand(String code, String name, ProductCategory category, WindowType windowType,
        Integer minWidthMm, Integer maxWidthMm, Integer minHeightMm, Integer maxHeightMm, List<BomLineCommand> bom,
        ProductLayout layout, Boolean active) {

    /** A product without a layout of its own. */
    public ProductCommand(String code, String name, ProductCategory category, WindowType windowType,
            Integer minWidthMm, Integer maxWidthMm, Integer minHeightMm, Integer maxHeightMm,
            List<BomLineCommand> bom, Boolean active) {
        this(code, name, category, windowType, minWidthMm, maxWidthMm, minHeightMm, maxHeightMm, bom, null, active);
    }

    /**
     * A BOM line; a null {@code scope} is {@link BomScope#WINDOW}. A profile line gives either a quantity
     * {@code formula} or its {@code pieces} (then {@code formula} is null or blank).
     */
    public record BomLineCommand(String materialCode, String formula, BigDecimal wasteFactor, String description,
            BomScope scope, PiecesCommand pieces) {

        public BomLineCommand(String materialCode, String formula, BigDecimal wasteFactor, String description) {
            this(materialCode, formula, wasteFactor, description, null, null);
        }

        public BomLineCommand(String materialCode, String formula, BigDecimal wasteFactor, String description,
                BomScope scope) {
            this(materialCode, formula, wasteFactor, description, scope, null);
        }
    }

    /** Pieces of a profile line: count and length (mm) formulas, end angles in degrees (null: 90, square). */
    public record PiecesCommand(String count, String lengthMm, BigDecimal startAngle, BigDecimal endAngle) {
    }
}
