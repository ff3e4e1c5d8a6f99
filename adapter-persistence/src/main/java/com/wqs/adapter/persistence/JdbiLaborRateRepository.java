package com.wqs.adapter.persistence;

import com.wqs.application.port.out.LaborRateRepository;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.WindowType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

final class JdbiLaborRateRepository implements LaborRateRepository {
    private static final String COLUMNS = "window_type, rate_per_m2, complexity";

    private final Database db;

    JdbiLaborRateRepository(Database db) {
        this.db = db;
    }

    @Override
    public void save(LaborRate rate) {
        db.writeVoid(h -> h.createUpdate("INSERT INTO labor_rates (window_type, rate_per_m2, complexity, version)"
                + " VALUES (:type, :rate, :complexity, 0) ON CONFLICT (window_type) DO UPDATE SET"
                + " rate_per_m2 = excluded.rate_per_m2, complexity = excluded.complexity,"
                + " version = labor_rates.version + 1")
                .bind("type", rate.windowType().name())
                .bind("rate", Columns.decimal(rate.ratePerM2()))
                .bind("complexity", Columns.decimal(rate.complexity()))
                .execute());
    }

    @Override
    public Optional<LaborRate> find(WindowType type) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM labor_rates WHERE window_type = :type")
                .bind("type", type.name())
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    /** Sorted in the order of {@link WindowType}. */
    @Override
    public List<LaborRate> findAll() {
        List<LaborRate> rates = db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM labor_rates")
                .map((rs, ctx) -> map(rs))
                .list());
        return rates.stream().sorted((a, b) -> a.windowType().compareTo(b.windowType())).toList();
    }

    private static LaborRate map(ResultSet rs) throws SQLException {
        return new LaborRate(Columns.enumValue(WindowType.class, rs, "window_type"), Columns.decimal(rs, "rate_per_m2"),
                Columns.decimal(rs, "complexity"));
    }
}
