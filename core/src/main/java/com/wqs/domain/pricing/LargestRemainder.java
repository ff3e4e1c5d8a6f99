package com.wqs.domain.pricing;

import com.wqs.domain.shared.Money;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

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
        BigInteger total = BigInteger.valueOf(amount.minorUnits());
        BigInteger weightSum = weights.stream().map(w -> BigInteger.valueOf(w.minorUnits()))
                .reduce(BigInteger.ZERO, BigInteger::add);
        if (weightSum.signum() == 0) {
            return weights.stream().map(w -> Money.ZERO).toList();
        }
        List<BigInteger> parts = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        for (Money weight : weights) {
            BigInteger[] quotient = BigInteger.valueOf(weight.minorUnits()).multiply(total).divideAndRemainder(weightSum);
            parts.add(quotient[0]);
            remainders.add(quotient[1]);
        }
        long leftOver = total.subtract(parts.stream().reduce(BigInteger.ZERO, BigInteger::add)).longValueExact();
        IntStream.range(0, weights.size()).boxed()
                .sorted(Comparator.comparing(remainders::get, Comparator.reverseOrder()))
                .limit(leftOver)
                .forEach(i -> parts.set(i, parts.get(i).add(BigInteger.ONE)));
        return parts.stream().map(p -> Money.ofMinor(p.longValueExact())).toList();
    }
}
