package com.wqs.application.inmemory;

import com.wqs.application.port.out.NumberAllocator;

final class InMemoryNumberAllocator implements NumberAllocator {
    private final InMemoryDatabase database;

    InMemoryNumberAllocator(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public long nextBlock(Series series, int year, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        return database.writeAndGet(tables -> tables.counters.merge(series + "/" + year, (long) count, Long::sum))
                - count + 1;
    }
}
