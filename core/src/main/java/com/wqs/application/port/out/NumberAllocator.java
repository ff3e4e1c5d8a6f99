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

    long next(Series series, int year);
}
