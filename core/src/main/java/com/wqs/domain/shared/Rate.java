package com.wqs.domain.shared;

import java.math.BigDecimal;
import java.util.Objects;

/** A fraction such as a margin or tax rate: 0.25 means 25 %. Between 0 and 10 (1000 %). */
public record Rate(BigDecimal fraction) {
    // Declared before ZERO: static fields initialise in order, and the constructor reads them.
    private static final BigDecimal MAX = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final Rate ZERO = new Rate(BigDecimal.ZERO);

    public Rate {
        Objects.requireNonNull(fraction, "fraction");
        if (fraction.signum() < 0 || fraction.compareTo(MAX) > 0) {
            throw new ValidationException("rate", "must be between 0 % and 1000 %");
        }
        fraction = fraction.stripTrailingZeros();
        if (fraction.scale() < 0) {
            fraction = fraction.setScale(0);
        }
    }

    public static Rate of(String fraction) {
        return new Rate(new BigDecimal(fraction));
    }

    public static Rate percent(String percent) {
        return new Rate(new BigDecimal(percent).divide(HUNDRED));
    }

    public BigDecimal percent() {
        return fraction.multiply(HUNDRED).stripTrailingZeros();
    }

    @Override
    public String toString() {
        return fraction.toPlainString();
    }
}
