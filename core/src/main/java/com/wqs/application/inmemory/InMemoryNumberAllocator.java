package com.wqs.application.inmemory;

import com.wqs.application.port.out.NumberAllocator;

final class InMemoryNumberAllocator implements NumberAllocator {
    private final InMemoryDatabase database;

    InMemoryNumberAllocator(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public long next(Series series, int year) {
        return database.writeAndGet(tables -> tables.counters.merge(series + "/" + year, 1L, Long::sum));
    }
}
