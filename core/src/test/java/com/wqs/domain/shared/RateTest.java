package com.wqs.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void zeroIsUsable() {
        // Regression: ZERO was once built before the bound it is checked against existed, so the class failed to load.
        assertThat(Rate.ZERO.fraction()).isEqualByComparingTo("0");
        assertThat(Rate.ZERO).hasToString("0");
    }

    @Test
    void convertsBetweenFractionAndPercent() {
        assertThat(Rate.percent("16").fraction()).isEqualByComparingTo("0.16");
        assertThat(Rate.of("0.25").percent()).isEqualByComparingTo("25");
        assertThat(Rate.percent("12.5")).isEqualTo(Rate.of("0.125"));
    }

    @Test
    void normalisesTrailingZeros() {
        assertThat(Rate.of("0.2500")).isEqualTo(Rate.of("0.25")).hasToString("0.25");
        assertThat(Rate.of("1.00")).hasToString("1");
        assertThat(Rate.of("10")).hasToString("10");
    }

    @Test
    void acceptsZeroToOneThousandPercent() {
        assertThat(Rate.of("0").fraction().signum()).isZero();
        assertThat(Rate.of("10").fraction()).isEqualByComparingTo(BigDecimal.TEN);
        assertThatThrownBy(() -> Rate.of("-0.01"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("rate"));
        assertThatThrownBy(() -> Rate.of("10.0001")).isInstanceOf(ValidationException.class);
    }
}
