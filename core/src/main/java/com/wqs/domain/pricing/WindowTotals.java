package com.wqs.domain.pricing;

import com.wqs.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * What a quote's windows add up to, as a fabricator reads a quote: how many windows, their area (m²) and
 * their perimeter (m, what the frame profiles run along), over the included window lines (an optional line
 * not chosen does not count). Exact sums, rounded to two decimals at the end.
 */
public record WindowTotals(int windows, BigDecimal areaM2, BigDecimal perimeterM) {
    private static final BigDecimal MM2_PER_M2 = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal MM_PER_M = BigDecimal.valueOf(1_000);

    public static WindowTotals of(List<PricedLine> lines) {
        int windows = 0;
        BigDecimal areaMm2 = BigDecimal.ZERO;
        BigDecimal perimeterMm = BigDecimal.ZERO;
        for (PricedLine line : lines) {
            if (line.kind() != LineKind.WINDOW || !line.included() || line.widthMm() == null
                    || line.heightMm() == null) {
                continue;
            }
            BigDecimal quantity = line.quantity();
            BigDecimal width = BigDecimal.valueOf(line.widthMm());
            BigDecimal height = BigDecimal.valueOf(line.heightMm());
            windows += quantity.intValue();
            areaMm2 = areaMm2.add(width.multiply(height).multiply(quantity));
            perimeterMm = perimeterMm.add(width.add(height).multiply(BigDecimal.valueOf(2)).multiply(quantity));
        }
        return new WindowTotals(windows, areaMm2.divide(MM2_PER_M2, 2, RoundingMode.HALF_UP),
                perimeterMm.divide(MM_PER_M, 2, RoundingMode.HALF_UP));
    }

    /** The amount per m² of window, e.g. the quote's total over its windows' area; empty without windows. */
    public Optional<Money> perSquareMetre(Money amount) {
        if (areaM2.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(Money.of(amount.amount().divide(areaM2, 2, RoundingMode.HALF_UP)));
    }
}
