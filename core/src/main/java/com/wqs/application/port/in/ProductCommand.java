package com.wqs.application.port.in;

import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.WindowType;
import java.math.BigDecimal;
import java.util.List;

/** The fields of a product to create or replace; formulas are given as text and validated on save. */
public record ProductCommand(String code, String name, ProductCategory category, WindowType windowType,
        Integer minWidthMm, Integer maxWidthMm, Integer minHeightMm, Integer maxHeightMm, List<BomLineCommand> bom,
        Boolean active) {

    public record BomLineCommand(String materialCode, String formula, BigDecimal wasteFactor, String description) {
    }
}
