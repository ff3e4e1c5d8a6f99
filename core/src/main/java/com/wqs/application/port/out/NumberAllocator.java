package com.wqs.application.port.out;

/**
 * Allocates document numbers: per series and year, 1, 2, 3, ... never reused and unique under
 * concurrency and across server instances.
 */
public interface NumberAllocator {
    enum Series {
        QUOTE,
        WORK_ORDER
    }

    default long next(Series series, int year) {
        return nextBlock(series, year, 1);
    }

    /**
     * {@code count} (at least 1) consecutive numbers in one step, as {@code count} calls of {@link #next}
     * in a row would give them: returns the first, the block ends at {@code first + count - 1}.
     */
    long nextBlock(Series series, int year, int count);
}
