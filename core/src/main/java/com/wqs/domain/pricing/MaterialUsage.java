package com.wqs.domain.pricing;

import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialUnit;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much of one material a priced line uses (for all of its quantity), at which unit cost.
 * {@code bars} is the number of whole stock bars for profiles bought in bars, else null; {@code colour}
 * is the line's profile colour for profiles (null for other materials, or a line without a colour).
 */
public record MaterialUsage(String materialCode, String materialName, MaterialCategory category, MaterialUnit unit,
        BigDecimal quantity, Integer bars, BigDecimal stockLengthM, BigDecimal unitCost, String colour) {

    /** A usage without a colour. */
    public MaterialUsage(String materialCode, String materialName, MaterialCategory category, MaterialUnit unit,
            BigDecimal quantity, Integer bars, BigDecimal stockLengthM, BigDecimal unitCost) {
        this(materialCode, materialName, category, unit, quantity, bars, stockLengthM, unitCost, null);
    }

    /** Usages of the same material in the same colour are one requirement of the workshop. */
    public String key() {
        return key(materialCode, colour);
    }

    /** The key of a material in a colour (null: uncoloured), as {@link #key()}. */
    public static String key(String materialCode, String colour) {
        return colour == null ? materialCode : materialCode + "\u0000" + colour;
    }

    /** This usage plus more of the same material: quantities and bars added, this one's unit cost kept. */
    public MaterialUsage plus(MaterialUsage more) {
        if (!materialCode.equals(more.materialCode) || !Objects.equals(colour, more.colour)) {
            throw new IllegalArgumentException("cannot add " + more.materialCode + " (" + more.colour + ") to "
                    + materialCode + " (" + colour + ")");
        }
        Integer totalBars = bars == null && more.bars == null ? null : zeroIfNull(bars) + zeroIfNull(more.bars);
        return new MaterialUsage(materialCode, materialName, category, unit, quantity.add(more.quantity), totalBars,
                stockLengthM, unitCost, colour);
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
