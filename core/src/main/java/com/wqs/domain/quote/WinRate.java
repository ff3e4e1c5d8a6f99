package com.wqs.domain.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The share of decided quotes that were won (PRODUCT.md §2 "Statistics"): (ACCEPTED + CONVERTED) /
 * (ACCEPTED + CONVERTED + REJECTED + EXPIRED), 4 decimals HALF_UP; absent when no quote was decided.
 */
public final class WinRate {
    public static final int SCALE = 4;

    private WinRate() {
    }

    /** The win rate from the number of quotes in each status. */
    public static Optional<BigDecimal> of(ToLongFunction<QuoteStatus> countOf) {
        long won = countOf.applyAsLong(QuoteStatus.ACCEPTED) + countOf.applyAsLong(QuoteStatus.CONVERTED);
        long decided = won + countOf.applyAsLong(QuoteStatus.REJECTED) + countOf.applyAsLong(QuoteStatus.EXPIRED);
        if (decided == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(won).divide(BigDecimal.valueOf(decided), SCALE, RoundingMode.HALF_UP));
    }

    /** Whether a quote in this status counts as won (its value is accepted business). */
    public static boolean isWon(QuoteStatus status) {
        return status == QuoteStatus.ACCEPTED || status == QuoteStatus.CONVERTED;
    }
}
