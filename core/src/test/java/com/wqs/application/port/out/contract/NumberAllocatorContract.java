package com.wqs.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.NumberAllocator;
import com.wqs.application.port.out.NumberAllocator.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The contract of {@link NumberAllocator}: 1, 2, 3, ... per series and year, unique under concurrency. */
public abstract class NumberAllocatorContract extends StoreContract {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 25;

    private NumberAllocator numbers() {
        return store.numbers();
    }

    @Test
    void eachSeriesAndYearCountsFromOne() {
        assertThat(numbers().next(Series.QUOTE, 2026)).isEqualTo(1);
        assertThat(numbers().next(Series.QUOTE, 2026)).isEqualTo(2);
        assertThat(numbers().next(Series.WORK_ORDER, 2026)).isEqualTo(1);
        assertThat(numbers().next(Series.QUOTE, 2027)).isEqualTo(1);
        assertThat(numbers().next(Series.QUOTE, 2026)).isEqualTo(3);
        assertThat(numbers().next(Series.WORK_ORDER, 2026)).isEqualTo(2);
    }

    @Test
    void aBlockIsTheNumbersThatManyCallsWouldGiveAndTheNextNumberFollowsIt() {
        assertThat(numbers().nextBlock(Series.QUOTE, 2026, 5)).as("a first use of the series").isEqualTo(1);
        assertThat(numbers().next(Series.QUOTE, 2026)).isEqualTo(6);
        assertThat(numbers().nextBlock(Series.QUOTE, 2026, 3)).isEqualTo(7);
        assertThat(numbers().nextBlock(Series.QUOTE, 2026, 1)).isEqualTo(10);
        assertThat(numbers().next(Series.WORK_ORDER, 2026)).as("other series untouched").isEqualTo(1);
    }

    @Test
    void aBlockTakenInATransactionThatRollsBackIsFreeAgain() {
        assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
            numbers().nextBlock(Series.QUOTE, 2026, 100);
            throw new IllegalStateException("the import failed");
        })).hasMessage("the import failed");

        assertThat(numbers().nextBlock(Series.QUOTE, 2026, 2)).isEqualTo(1);
    }

    @Test
    void allocationInsideATransactionIsCommittedWithIt() {
        long inside = store.transactions().inTransaction(() -> numbers().next(Series.QUOTE, 2026));

        assertThat(inside).isEqualTo(1);
        assertThat(numbers().next(Series.QUOTE, 2026)).isEqualTo(2);
    }

    @Test
    void concurrentAllocationsAreUniqueAndContiguous() throws Exception {
        List<Race.Outcome<List<Long>>> outcomes = Race.run(THREADS, thread -> () -> {
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < PER_THREAD; i++) {
                mine.add(numbers().next(Series.WORK_ORDER, 2026));
            }
            return mine;
        });

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        List<Long> all = outcomes.stream().flatMap(o -> o.value().stream()).toList();
        assertThat(all).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(1, THREADS * PER_THREAD).boxed().toList());
        outcomes.forEach(o -> assertThat(o.value()).isSorted());
    }

    @Test
    void concurrentAllocationsInTransactionsAreUniqueAndContiguous() throws Exception {
        List<Race.Outcome<Long>> outcomes = Race.run(THREADS, thread -> () ->
                store.transactions().inTransaction(() -> numbers().next(Series.QUOTE, 2030)));

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes).extracting(Race.Outcome::value)
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, THREADS).boxed().toList());
    }
}
