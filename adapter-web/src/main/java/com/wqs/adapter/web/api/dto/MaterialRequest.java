package com.wqs.adapter.web.api.dto;

import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialUnit;
import java.math.BigDecimal;
import java.util.Map;

/** Costs as decimal strings ({@code "95.50"}, up to 4 decimals); {@code active} defaults to true. */
public record MaterialRequest(String code, String name, MaterialCategory category, MaterialUnit unit,
        BigDecimal unitCost, BigDecimal stockLengthM, Boolean active, Map<String, BigDecimal> colourCosts,
        @Description(VersionRequest.ON_REPLACE) Long version) {
}
