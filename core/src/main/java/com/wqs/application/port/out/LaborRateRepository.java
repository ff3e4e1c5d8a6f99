package com.wqs.application.port.out;

import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.WindowType;
import java.util.List;
import java.util.Optional;

public interface LaborRateRepository {
    /** Inserts or replaces the rate of its window type. */
    void save(LaborRate rate);

    Optional<LaborRate> find(WindowType type);

    List<LaborRate> findAll();
}
