package com.wqs.adapter.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.wqs.application.port.out.MaterialRepository;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.MaterialUnit;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;

final class JdbiMaterialRepository implements MaterialRepository {
    private static final String COLUMNS =
            "id, code, name, category, unit, unit_cost, stock_length_m, active, colour_costs, version";
    private static final TypeReference<Map<String, BigDecimal>> COLOUR_COSTS = new TypeReference<>() {
    };

    private final StoredJson json;
    private final KeyedTable<Material> table;

    JdbiMaterialRepository(Database db, StoredJson json) {
        this.json = json;
        this.table = new KeyedTable<>(db, "materials", COLUMNS, "code", Columns::code, "material",
                (rs, ctx) -> map(rs));
    }

    @Override
    public void insert(Material material) {
        table.insert(h -> bindFields(h.createUpdate("INSERT INTO materials (" + COLUMNS + ") VALUES (:id, :code, :name,"
                + " :category, :unit, :unitCost, :stockLengthM, :active, :colourCosts, 0) ON CONFLICT DO NOTHING"),
                material), material.id(), material.code());
    }

    @Override
    public void update(Material material) {
        table.update(h -> bindFields(h.createUpdate("UPDATE materials SET code = :code, name = :name,"
                + " category = :category, unit = :unit, unit_cost = :unitCost, stock_length_m = :stockLengthM,"
                + " active = :active, colour_costs = :colourCosts, version = version + 1"
                + " WHERE id = :id AND version = :version"), material)
                .bind("version", material.version()), material.id(), material.code());
    }

    @Override
    public Optional<Material> findById(MaterialId id) {
        return table.findById(id);
    }

    @Override
    public Optional<Material> findByCode(String code) {
        return table.findByKey(code);
    }

    @Override
    public List<Material> findByCodes(Collection<String> codes) {
        return table.findByKeys(codes);
    }

    @Override
    public List<Material> findAll() {
        return table.findAll();
    }

    @Override
    public boolean delete(MaterialId id) {
        return table.delete(id);
    }

    private Update bindFields(Update statement, Material material) {
        return statement.bind("id", material.id().toString())
                .bind("code", material.code())
                .bind("name", material.name())
                .bind("category", material.category().name())
                .bind("unit", material.unit().name())
                .bind("unitCost", Columns.decimal(material.unitCost()))
                .bind("stockLengthM", Columns.decimal(material.stockLengthM()))
                .bind("active", material.active())
                .bind("colourCosts", json.write(material.colourCosts()));
    }

    private Material map(ResultSet rs) throws SQLException {
        return new Material(new MaterialId(Columns.uuid(rs, "id")), rs.getString("code"), rs.getString("name"),
                Columns.enumValue(MaterialCategory.class, rs, "category"),
                Columns.enumValue(MaterialUnit.class, rs, "unit"), Columns.decimal(rs, "unit_cost"),
                Columns.decimal(rs, "stock_length_m"), rs.getBoolean("active"),
                json.read(rs.getString("colour_costs"), COLOUR_COSTS), rs.getLong("version"));
    }
}
