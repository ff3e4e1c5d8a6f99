package com.wqs.application.inmemory;

import com.wqs.application.port.out.LaborRateRepository;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.WindowType;
import java.util.List;
import java.util.Optional;

final class InMemoryLaborRateRepository implements LaborRateRepository {
    private final InMemoryDatabase database;

    InMemoryLaborRateRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public void save(LaborRate rate) {
        database.write(tables -> tables.laborRates.put(rate.windowType(), rate));
    }

    @Override
    public Optional<LaborRate> find(WindowType type) {
        return database.read(tables -> Optional.ofNullable(tables.laborRates.get(type)));
    }

    /** In window type order. */
    @Override
    public List<LaborRate> findAll() {
        return database.read(tables -> List.copyOf(tables.laborRates.values()));
    }
}
