package com.wqs.adapter.web.api.dto;

import java.math.BigDecimal;

/** {@code formula} over width_m, height_m, width_mm, height_mm, area_m2, perimeter_m; waste defaults to 1.00. */
public record BomLineRequest(String materialCode, String formula, BigDecimal wasteFactor, String description) {
}
