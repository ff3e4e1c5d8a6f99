package com.wqs.adapter.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The UTC periods the statistics summary tables group quotes by: {@code quote_stats} per calendar
 * month, {@code quote_stats_daily} per day. A bucket is named by its start, in epoch microseconds.
 */
enum StatsBucket {
    MONTH("quote_stats", "month_start", "owner_id, status, month_start", Duration.ofDays(31)) {
        @Override
        Instant startOf(Instant instant) {
            return YearMonth.from(instant.atOffset(ZoneOffset.UTC)).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        @Override
        Instant nextStart(Instant start) {
            return start.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
        }
    },
    DAY("quote_stats_daily", "day_start", "owner_id, day_start, status", Duration.ofDays(1)) {
        @Override
        Instant startOf(Instant instant) {
            return LocalDate.ofInstant(instant, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        @Override
        Instant nextStart(Instant start) {
            return start.plus(Duration.ofDays(1));
        }
    };

    private final String table;
    private final String startColumn;
    private final String primaryKey;
    private final Duration length;

    StatsBucket(String table, String startColumn, String primaryKey, Duration length) {
        this.table = table;
        this.startColumn = startColumn;
        this.primaryKey = primaryKey;
        this.length = length;
    }

    abstract Instant startOf(Instant instant);

    abstract Instant nextStart(Instant start);

    String table() {
        return table;
    }

    String startColumn() {
        return startColumn;
    }

    /** The columns of the table's primary key, in its order (the upsert's conflict target). */
    String primaryKey() {
        return primaryKey;
    }

    /** Up to about one bucket: an interval this short is not worth splitting into buckets. */
    Duration length() {
        return length;
    }

    /** The bucket start closest to {@code instant}. */
    Instant nearestStart(Instant instant) {
        Instant start = startOf(instant);
        Instant next = nextStart(start);
        return Duration.between(start, instant).compareTo(Duration.between(instant, next)) <= 0 ? start : next;
    }
}
