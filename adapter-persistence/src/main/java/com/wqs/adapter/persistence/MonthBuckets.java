package com.wqs.adapter.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** The UTC calendar months that {@code quote_stats} groups quotes by. */
final class MonthBuckets {
    private MonthBuckets() {
    }

    static Instant startOf(Instant instant) {
        return YearMonth.from(instant.atOffset(ZoneOffset.UTC)).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The UTC month start closest to {@code instant}; a month start in any time zone is within a day of one. */
    static Instant nearestStart(Instant instant) {
        Instant start = startOf(instant);
        Instant next = YearMonth.from(instant.atOffset(ZoneOffset.UTC)).plusMonths(1).atDay(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        return Duration.between(start, instant).compareTo(Duration.between(instant, next)) <= 0 ? start : next;
    }
}
