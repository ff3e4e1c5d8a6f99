package com.wqs.application.port.in;

import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialUnit;
import java.math.BigDecimal;
import java.util.Map;

/** The fields of a material to create or replace; {@code active} null means true. */
public record MaterialCommand(String code, String name, MaterialCategory category, MaterialUnit unit,
        BigDecimal unitCost, BigDecimal stockLengthM, Boolean active, Map<String, BigDecimal> colourCosts) {
}
