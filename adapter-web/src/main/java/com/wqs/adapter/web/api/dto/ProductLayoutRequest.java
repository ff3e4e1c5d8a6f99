package com.wqs.adapter.web.api.dto;

/**
 * How a product's windows are divided and glazed (docs/LAYOUTS.md). Absent fields: no default layout (one
 * cell, opening from the window type), lines may change it, divisions 0 mm wide, smallest cell 1 mm, no
 * glass deductions.
 */
public record ProductLayoutRequest(LayoutJson defaultLayout, Boolean lineMayChange, Integer divisionWidthMm,
        Integer minCellMm, DeductionJson fixedDeduction, DeductionJson sashDeduction) {
}
