package com.wqs.domain.cutting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Falkenauer's "triplet" instances at saw scale, whose optimum is known: m bars, each filled exactly by three
 * pieces whose consumed lengths (length + kerf) add up to the usable length, every one longer than a quarter
 * and shorter than half of it, so that no bar holds more than three (and a plan on m bars three on each); then
 * all 3m pieces shuffled.
 * Any plan on m bars must fill every bar to the millimetre, which makes them about the hardest instances there
 * are for a bounded search.
 *
 * <p>With lengths in whole mm such an instance has, as a rule, one optimal plan only: with 60 bars some 500
 * triples of pieces fill a bar exactly, and they almost never make a second partition of all the pieces. Minimum
 * Bin Slack, the swap search and a bounded bin completion alone found it on 74 of these 102 instances and stopped
 * at m + 1 on the rest; the {@link FillExchangeSearch} (exact fills exchanged against a pool of pieces left over,
 * with breakout weights) finds it on 101 (and on about 99 % of other seeds). The test holds the optimiser to at
 * least 95 %, prints the share, and to never more than m + 1.
 */
class TripletInstancesTest {
    private static final long FIRST_SEED = 20_261_208L;
    private static final int INSTANCES = 102;
    private static final int FEWEST_BARS = 10;
    private static final int MOST_BARS = 60;
    private static final CuttingSettings SAW = new CuttingSettings(4, 10, 0, 500);
    private static final int BAR = 6500;
    private static final int USABLE = 6480;
    /**
     * The share of instances planned on their optimum, m bars, that the optimiser reaches at least: 101 of these
     * 102 (99.0 %) since the {@link FillExchangeSearch}, 74 (72.5 %) before it.
     */
    private static final double LEAST_HIT_RATE = 0.95;

    @Test
    void tripletInstancesArePlannedOnTheirOptimumMostlyAndNeverOnMoreThanOneBarMore() {
        // two at a time (2-core machines); every plan is made alone, so that changes nothing
        List<Result> results = IntStream.range(0, INSTANCES).parallel()
                .mapToObj(i -> plan(FIRST_SEED + i, FEWEST_BARS + i % (MOST_BARS - FEWEST_BARS + 1)))
                .toList();

        long hits = results.stream().filter(r -> r.newBars() == r.optimum()).count();
        double hitRate = (double) hits / INSTANCES;
        System.out.printf("triplet instances: %d of %d planned on their optimum (%.1f %%), the rest on one bar more%n",
                hits, INSTANCES, 100 * hitRate);
        assertThat(results).allSatisfy(r -> assertThat(r.newBars()).as("seed %d, optimum %d bars", r.seed(),
                r.optimum()).isBetween(r.optimum(), r.optimum() + 1));
        assertThat(results).allSatisfy(r -> assertThat(r.lowerBound()).as("seed %d: lower bound", r.seed())
                .isEqualTo(r.optimum()));
        assertThat(hitRate).as("share of triplet instances planned on their optimum").isGreaterThanOrEqualTo(
                LEAST_HIT_RATE);
    }

    private static Result plan(long seed, int bars) {
        List<CutPiece> pieces = triplets(new SplittableRandom(seed), bars);
        Collections.shuffle(pieces, new Random(seed));
        GroupPlan plan = CuttingOptimizer.plan(CutGroup.ofNewBars("PRF", null, BAR, pieces), SAW);
        return new Result(seed, bars, plan.newBars(), plan.lowerBound());
    }

    /** Three pieces per bar, consumed lengths strictly between ¼ and ½ of the usable length, adding up to it. */
    static List<CutPiece> triplets(SplittableRandom random, int bars) {
        int shortest = USABLE / 4 + 1;
        int longest = (USABLE - 1) / 2;
        List<CutPiece> pieces = new ArrayList<>();
        for (int b = 0; b < bars; b++) {
            int first;
            int second;
            int third;
            do {
                first = random.nextInt(shortest, longest + 1);
                second = random.nextInt(shortest, longest + 1);
                third = USABLE - first - second;
            } while (third < shortest || third > longest);
            for (int consumed : new int[] {first, second, third}) {
                pieces.add(CutPiece.square("bar " + (b + 1) + ", " + consumed, consumed - SAW.kerfMm()));
            }
        }
        return pieces;
    }

    private record Result(long seed, int optimum, int newBars, int lowerBound) {
    }
}
