package com.wqs.domain.pricing;

import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialUnit;
import java.math.BigDecimal;

/**
 * How much of one material a priced line uses (for all of its quantity), at which unit cost.
 * {@code bars} is the number of whole stock bars for profiles bought in bars, else null.
 */
public record MaterialUsage(String materialCode, String materialName, MaterialCategory category, MaterialUnit unit,
        BigDecimal quantity, Integer bars, BigDecimal stockLengthM, BigDecimal unitCost) {
}
