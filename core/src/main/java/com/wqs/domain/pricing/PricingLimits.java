package com.wqs.domain.pricing;

import com.wqs.domain.shared.Money;

/** Bounds on what one quote may ask for. */
final class PricingLimits {
    static final int MAX_LINES = 200;
    /**
     * Above any real window or material line; it keeps every amount of a 200-line quote (even with 1000 %
     * rates) within the integer minor units amounts are stored as.
     */
    static final Money MAX_LINE_COST = Money.of("100000000000.00");

    private PricingLimits() {
    }
}
