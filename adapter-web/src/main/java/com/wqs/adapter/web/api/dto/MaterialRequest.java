package com.wqs.adapter.web.api.dto;

import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialUnit;
import com.wqs.domain.shared.TextLimits;
import java.math.BigDecimal;
import java.util.Map;

/** Costs as decimal strings ({@code "95.50"}, up to 4 decimals); {@code active} defaults to true. */
public record MaterialRequest(@MaxLength(TextLimits.CODE) String code, @MaxLength(TextLimits.NAME) String name,
        MaterialCategory category, MaterialUnit unit, BigDecimal unitCost, BigDecimal stockLengthM, Boolean active,
        Map<String, BigDecimal> colourCosts, @Description(VersionRequest.ON_REPLACE) Long version) {
}
