package com.wqs.domain.workorder;

import com.wqs.domain.cutting.GroupPlan;

/**
 * The cutting plan of one profile in one colour across the work orders of a cut list, beside the whole bars
 * the quotes priced for it (each line rounded up to whole bars on its own).
 */
public record ProfileCutPlan(String materialCode, String materialName, String colour, int pricedBars,
        GroupPlan plan) {

    /** Bars the optimised plan needs fewer than the quotes priced (negative: more). */
    public int savedBars() {
        return pricedBars - plan.newBars();
    }
}
