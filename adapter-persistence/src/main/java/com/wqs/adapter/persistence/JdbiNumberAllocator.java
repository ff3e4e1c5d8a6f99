package com.wqs.adapter.persistence;

import com.wqs.application.port.out.NumberAllocator;

/**
 * One atomic upsert per number, or per block of numbers: the counter row is created on first use and
 * incremented under its row lock otherwise, so numbers are unique across connections and server
 * instances. A number taken by a transaction that rolls back is free again, as no committed document
 * ever carried it.
 */
final class JdbiNumberAllocator implements NumberAllocator {
    private final Database db;

    JdbiNumberAllocator(Database db) {
        this.db = db;
    }

    @Override
    public long nextBlock(Series series, int year, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        long last = db.write(h -> h.createQuery("INSERT INTO number_counters (series, year, last_value)"
                + " VALUES (:series, :year, :count)"
                + " ON CONFLICT (series, year) DO UPDATE SET last_value = number_counters.last_value + :count"
                + " RETURNING last_value")
                .bind("series", series.name())
                .bind("year", year)
                .bind("count", count)
                .mapTo(Long.class)
                .one());
        return last - count + 1;
    }
}
