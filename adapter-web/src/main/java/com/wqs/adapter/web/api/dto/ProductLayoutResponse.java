package com.wqs.adapter.web.api.dto;

import com.wqs.domain.catalog.ProductLayout;

/** A product's layout rules; {@code defaultLayout} null: one cell, the whole window, opening from the window type. */
public record ProductLayoutResponse(LayoutJson defaultLayout, boolean lineMayChange, int divisionWidthMm,
        int minCellMm, DeductionJson fixedDeduction, DeductionJson sashDeduction) {
    public static ProductLayoutResponse from(ProductLayout l) {
        return new ProductLayoutResponse(LayoutJson.from(l.defaultLayout()), l.lineMayChange(), l.divisionWidthMm(),
                l.minCellMm(), DeductionJson.from(l.fixedDeduction()), DeductionJson.from(l.sashDeduction()));
    }
}
