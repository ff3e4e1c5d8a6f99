package com.wqs.domain.workorder;

import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialUnit;
import java.math.BigDecimal;

/**
 * Total need of one material (in one colour, for profiles of coloured lines) for a work order; {@code bars}
 * set for profiles bought in whole bars, as the quote priced them (each line rounded up on its own), and
 * {@code cutBars} the new bars the work order's cut list cuts them from (pieces of several windows share bars,
 * offcuts on the rack are used first), null when there is no cut list for the profile.
 */
public record MaterialRequirement(String materialCode, String materialName, MaterialCategory category,
        MaterialUnit unit, BigDecimal quantity, Integer bars, BigDecimal stockLengthM, String colour,
        Integer cutBars) {

    /** The bars to order: the cut list's when there is one, else the priced ones (null for non-bar materials). */
    public Integer barsToOrder() {
        return cutBars != null ? cutBars : bars;
    }

    /**
     * This requirement plus another's of the same material and colour (another work order's): quantities and
     * priced bars added; no cut-list bars, as separate plans' bars do not add up to one plan's.
     */
    public MaterialRequirement plus(MaterialRequirement more) {
        Integer totalBars = bars == null && more.bars == null ? null
                : (bars == null ? 0 : bars) + (more.bars == null ? 0 : more.bars);
        return new MaterialRequirement(materialCode, materialName, category, unit, quantity.add(more.quantity),
                totalBars, stockLengthM, colour, null);
    }

    public MaterialRequirement withCutBars(Integer newCutBars) {
        return new MaterialRequirement(materialCode, materialName, category, unit, quantity, bars, stockLengthM,
                colour, newCutBars);
    }
}
