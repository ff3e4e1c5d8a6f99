package com.wqs.domain.workorder;

import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialUnit;
import java.math.BigDecimal;

/**
 * Total need of one material (in one colour, for profiles of coloured lines) for a work order; {@code bars}
 * set for profiles bought in whole bars.
 */
public record MaterialRequirement(String materialCode, String materialName, MaterialCategory category,
        MaterialUnit unit, BigDecimal quantity, Integer bars, BigDecimal stockLengthM, String colour) {
}
