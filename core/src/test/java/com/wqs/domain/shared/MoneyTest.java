package com.wqs.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1.005, 1.01",
        "1.004999, 1.00",
        "2.675, 2.68",
        "0.125, 0.13",
        "-1.005, -1.01",
        "-0.004, 0.00",
        "10, 10.00",
        "1E+3, 1000.00",
        "0.0000, 0.00",
    })
    void roundsHalfUpToTheCentWhenCreated(String input, String expected) {
        assertThat(Money.of(input).toString()).isEqualTo(expected);
    }

    @Test
    void alwaysHasCentScale() {
        assertThat(Money.of("7").amount().scale()).isEqualTo(2);
        assertThat(Money.of(new BigDecimal("7.1234")).amount().scale()).isEqualTo(2);
        assertThat(Money.ofMinor(5).amount().scale()).isEqualTo(2);
        assertThat(Money.ZERO.amount().scale()).isEqualTo(2);
    }

    @Test
    void equalAmountsAreEqualWhateverTheInputScale() {
        assertThat(Money.of("1.5")).isEqualTo(Money.of("1.50")).isEqualTo(Money.ofMinor(150));
        assertThat(Money.of("1.5")).hasSameHashCodeAs(Money.of("1.500"));
    }

    @Test
    void addsAndSubtractsExactly() {
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("100.00").minus(Money.of("0.01"))).isEqualTo(Money.of("99.99"));
        assertThat(Money.of("1.00").minus(Money.of("2.50"))).isEqualTo(Money.of("-1.50"));
    }

    @Test
    void multipliesAndRoundsHalfUpRightThere() {
        assertThat(Money.of("3550.40").times(new BigDecimal("0.25"))).isEqualTo(Money.of("887.60"));
        assertThat(Money.of("3550.40").times(new BigDecimal("0.15"))).isEqualTo(Money.of("532.56"));
        // 4970.56 * 0.05 = 248.528 -> 248.53
        assertThat(Money.of("4970.56").times(new BigDecimal("0.05"))).isEqualTo(Money.of("248.53"));
        // 0.05 * 0.5 = 0.025 -> 0.03 (HALF_UP, not banker's rounding)
        assertThat(Money.of("0.05").times(new BigDecimal("0.5"))).isEqualTo(Money.of("0.03"));
        assertThat(Money.of("12.34").times(3)).isEqualTo(Money.of("37.02"));
        assertThat(Money.of("12.34").times(0)).isEqualTo(Money.ZERO);
    }

    @Test
    void convertsToAndFromMinorUnits() {
        assertThat(Money.of("1234.50").minorUnits()).isEqualTo(123450L);
        assertThat(Money.of("-0.07").minorUnits()).isEqualTo(-7L);
        assertThat(Money.ofMinor(123450)).isEqualTo(Money.of("1234.50"));
        assertThat(Money.ofMinor(Long.MAX_VALUE).minorUnits()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void refusesMinorUnitsBeyondALong() {
        Money huge = Money.of("100000000000000000000");

        assertThatThrownBy(huge::minorUnits).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void printsAPlainDecimalString() {
        assertThat(Money.of("1234.5")).hasToString("1234.50");
        assertThat(Money.of("1E+10")).hasToString("10000000000.00");
        assertThat(Money.ZERO).hasToString("0.00");
    }

    @Test
    void comparesAndTellsSign() {
        assertThat(Money.of("1.00")).isLessThan(Money.of("1.01"));
        assertThat(Money.of("2")).isEqualByComparingTo(Money.of("2.00"));
        assertThat(Money.of("-0.01").isNegative()).isTrue();
        assertThat(Money.of("0.001").isZero()).isTrue();
        assertThat(Money.of("0.01").isZero()).isFalse();
    }

    @Test
    void requiresAnAmount() {
        assertThatThrownBy(() -> Money.of((BigDecimal) null)).isInstanceOf(NullPointerException.class);
    }
}
