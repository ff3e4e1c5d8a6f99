package com.wqs.adapter.persistence;

import com.wqs.application.port.out.NumberAllocator;

/**
 * One atomic upsert per number: the counter row is created on first use and incremented under its row
 * lock otherwise, so numbers are unique across connections and server instances. A number taken by a
 * transaction that rolls back is free again, as no committed document ever carried it.
 */
final class JdbiNumberAllocator implements NumberAllocator {
    private final Database db;

    JdbiNumberAllocator(Database db) {
        this.db = db;
    }

    @Override
    public long next(Series series, int year) {
        return db.write(h -> h.createQuery("INSERT INTO number_counters (series, year, last_value) VALUES (:series, :year, 1)"
                + " ON CONFLICT (series, year) DO UPDATE SET last_value = number_counters.last_value + 1"
                + " RETURNING last_value")
                .bind("series", series.name())
                .bind("year", year)
                .mapTo(Long.class)
                .one());
    }
}
