package com.wqs.domain.pricing;

import com.wqs.domain.shared.Money;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount over weights in proportion, to the cent, so the parts add up exactly: each part's
 * exact share is floored, and the cents left over go one by one to the largest remainders (ties: the
 * lower index first).
 */
final class LargestRemainder {
    private LargestRemainder() {
    }

    /** Parts of {@code amount} proportional to {@code weights} (non-negative); all zero when the weights sum to 0. */
    static List<Money> split(Money amount, List<Money> weights) {
        int n = weights.size();
        BigInteger total = BigInteger.valueOf(amount.minorUnits());
        BigInteger[] minor = new BigInteger[n];
        BigInteger weightSum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            minor[i] = BigInteger.valueOf(weights.get(i).minorUnits());
            weightSum = weightSum.add(minor[i]);
        }
        Money[] result = new Money[n];
        if (weightSum.signum() == 0) {
            Arrays.fill(result, Money.ZERO);
            return List.of(result);
        }
        BigInteger[] parts = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger partSum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger[] quotient = minor[i].multiply(total).divideAndRemainder(weightSum);
            parts[i] = quotient[0];
            remainders[i] = quotient[1];
            partSum = partSum.add(quotient[0]);
        }
        long leftOver = total.subtract(partSum).longValueExact();
        Integer[] byRemainder = new Integer[n];
        for (int i = 0; i < n; i++) {
            byRemainder[i] = i;
        }
        // A stable sort: equal remainders keep the lower index first.
        Arrays.sort(byRemainder, Comparator.comparing((Integer i) -> remainders[i], Comparator.reverseOrder()));
        for (int k = 0; k < leftOver; k++) {
            parts[byRemainder[k]] = parts[byRemainder[k]].add(BigInteger.ONE);
        }
        for (int i = 0; i < n; i++) {
            result[i] = Money.ofMinor(parts[i].longValueExact());
        }
        return List.of(result);
    }
}
