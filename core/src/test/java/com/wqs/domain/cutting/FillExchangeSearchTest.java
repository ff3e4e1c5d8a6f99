package com.wqs.domain.cutting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The fill exchange search and the completion search's outcome, on their own. */
class FillExchangeSearchTest {
    private static final int CAPACITY = 6480;

    @Test
    void aTripletPlanOneBarOverIsRepackedOnTheOptimumTheSameEveryTime() {
        // 12 bars filled exactly by three pieces each, given as 13 bars: the first full bar's pieces spread out
        int[] consumed = TripletInstancesTest.triplets(new SplittableRandom(7), 12).stream()
                .mapToInt(piece -> piece.lengthMm() + 4).toArray();
        int[] sizes = IntStream.of(consumed).map(mm -> -mm).distinct().sorted().map(mm -> -mm).toArray();
        List<Bin> plan = new ArrayList<>();
        for (int b = 1; b < 12; b++) {
            plan.add(bar(sizes, consumed[3 * b], consumed[3 * b + 1], consumed[3 * b + 2]));
        }
        plan.add(bar(sizes, consumed[0], consumed[1]));
        plan.add(bar(sizes, consumed[2]));

        List<Bin> bars = FillExchangeSearch.pack(sizes, plan, CAPACITY, 12, BarPacker.EXCHANGE_WORK);

        assertThat(bars).hasSize(12).allSatisfy(bar -> assertThat(bar.fill).isEqualTo(CAPACITY));
        assertThat(bars.stream().flatMap(bar -> bar.items.stream()).mapToInt(t -> sizes[t]).sorted().toArray())
                .isEqualTo(IntStream.of(consumed).sorted().toArray());
        assertThat(FillExchangeSearch.pack(sizes, plan, CAPACITY, 12, BarPacker.EXCHANGE_WORK))
                .extracting(bar -> bar.items).isEqualTo(bars.stream().map(bar -> bar.items).toList());
    }

    @Test
    void aTargetBelowTheVolumeOfThePiecesIsRefusedAtOnce() {
        int[] sizes = {4000};
        List<Bin> plan = List.of(bar(sizes, 4000), bar(sizes, 4000));

        assertThat(FillExchangeSearch.pack(sizes, plan, CAPACITY, 1, BarPacker.EXCHANGE_WORK)).isNull();
    }

    @Test
    void aTargetNoPackingReachesIsShownImpossibleByTheCompletionSearch() {
        // three pieces longer than half a bar on two bars: the volume allows it, the bars do not
        BinCompletionSearch.Outcome outcome = BinCompletionSearch.search(new int[] {3300}, new int[] {3}, CAPACITY,
                2, BarPacker.NODES_PER_COMPLETION);

        assertThat(outcome.bars()).isNull();
        assertThat(outcome.impossible()).isTrue();
    }

    private static Bin bar(int[] sizes, int... mm) {
        Bin bar = new Bin(CAPACITY, -1);
        for (int length : mm) {
            bar.add(IntStream.range(0, sizes.length).filter(t -> sizes[t] == length).findFirst().orElseThrow(), sizes);
        }
        return bar;
    }
}
