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

    /** This usage plus more of the same material: quantities and bars added, this one's unit cost kept. */
    public MaterialUsage plus(MaterialUsage more) {
        if (!materialCode.equals(more.materialCode)) {
            throw new IllegalArgumentException("cannot add " + more.materialCode + " to " + materialCode);
        }
        Integer totalBars = bars == null && more.bars == null ? null : zeroIfNull(bars) + zeroIfNull(more.bars);
        return new MaterialUsage(materialCode, materialName, category, unit, quantity.add(more.quantity), totalBars,
                stockLengthM, unitCost);
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
