package com.wqs.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.shared.Money;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    private static List<String> split(String amount, String... weights) {
        return LargestRemainder.split(Money.of(amount), Stream.of(weights).map(Money::of).toList()).stream()
                .map(Money::toString)
                .toList();
    }

    @Test
    void givesTheLeftoverCentsToTheLargestRemainders() {
        // 147.93 over 30 / 80 / 7.41 (of 117.41): exact 37.798…, 100.795…, 9.336…; 2 cents to lines 0 and 2.
        assertThat(split("147.93", "30.00", "80.00", "7.41")).containsExactly("37.80", "100.79", "9.34");
    }

    @Test
    void breaksTiesByTheLowerIndex() {
        // 1.00 in three equal parts: 0.333… each, one cent left, to the first line.
        assertThat(split("1.00", "5.00", "5.00", "5.00")).containsExactly("0.34", "0.33", "0.33");
        // 0.02 over equal weights: two cents left over four lines, to lines 0 and 1.
        assertThat(split("0.02", "1.00", "1.00", "1.00", "1.00")).containsExactly("0.01", "0.01", "0.00", "0.00");
    }

    @Test
    void keepsExactSharesUntouched() {
        assertThat(split("300.00", "1.00", "2.00")).containsExactly("100.00", "200.00");
    }

    @Test
    void givesNothingToZeroWeights() {
        assertThat(split("10.01", "0.00", "3.00", "0.00")).containsExactly("0.00", "10.01", "0.00");
    }

    @Test
    void givesZeroEverywhereWhenAllWeightsAreZero() {
        assertThat(split("10.00", "0.00", "0.00")).containsExactly("0.00", "0.00");
        assertThat(split("0.00")).isEmpty();
    }

    @Test
    void splitsZero() {
        assertThat(split("0.00", "1.00", "2.00")).containsExactly("0.00", "0.00");
    }

    @Test
    void handlesAmountsWhoseProductOverflowsALong() {
        // T = 9223372036854775 cents over weights T and 1 (sum T + 1): shares T − T/(T+1) = (T − 1) + 1/(T+1)
        // and T/(T+1) = 0.99…; floors T − 1 and 0, the cent left goes to the second line's far larger remainder.
        assertThat(split("92233720368547.75", "92233720368547.75", "0.01"))
                .containsExactly("92233720368547.74", "0.01");
    }
}
