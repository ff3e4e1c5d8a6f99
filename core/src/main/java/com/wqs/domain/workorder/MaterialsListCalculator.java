package com.wqs.domain.workorder;

import com.wqs.domain.pricing.PricedLine;
import java.util.List;

/** Builds the workshop's materials list from a quote's priced line snapshot. */
public final class MaterialsListCalculator {
    private MaterialsListCalculator() {
    }

    /**
     * Per material code the total quantity over all lines (profiles bought in bars: total whole bars,
     * quantity = bars × stock length), and one glass pane entry per window line (its size and quantity).
     */
    public static MaterialsList from(List<PricedLine> lines) {
        throw new IllegalStateException("being implemented");
    }
}
