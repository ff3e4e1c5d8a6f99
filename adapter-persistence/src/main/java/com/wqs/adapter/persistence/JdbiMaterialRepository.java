package com.wqs.adapter.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.wqs.application.port.out.MaterialRepository;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.MaterialUnit;
import com.wqs.domain.shared.ConflictException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

final class JdbiMaterialRepository implements MaterialRepository {
    private static final String COLUMNS =
            "id, code, name, category, unit, unit_cost, stock_length_m, active, colour_costs, version";
    private static final TypeReference<Map<String, BigDecimal>> COLOUR_COSTS = new TypeReference<>() {
    };

    private final Database db;
    private final StoredJson json;

    JdbiMaterialRepository(Database db, StoredJson json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public void insert(Material material) {
        db.writeVoid(h -> {
            int inserted = bindFields(h.createUpdate("INSERT INTO materials (" + COLUMNS + ") VALUES (:id, :code, :name,"
                    + " :category, :unit, :unitCost, :stockLengthM, :active, :colourCosts, 0) ON CONFLICT DO NOTHING"),
                    material).execute();
            if (inserted == 0) {
                throw duplicate(h, material);
            }
        });
    }

    @Override
    public void update(Material material) {
        db.writeVoid(h -> {
            int updated;
            try {
                updated = bindFields(h.createUpdate("UPDATE materials SET code = :code, name = :name,"
                        + " category = :category, unit = :unit, unit_cost = :unitCost, stock_length_m = :stockLengthM,"
                        + " active = :active, colour_costs = :colourCosts, version = version + 1"
                        + " WHERE id = :id AND version = :version"), material)
                        .bind("version", material.version())
                        .execute();
            } catch (UnableToExecuteStatementException e) {
                if (db.dialect().isUniqueViolation(e)) {
                    throw codeTaken(material.code());
                }
                throw e;
            }
            Rows.requireVersionedUpdate(updated, material.id(), "material");
        });
    }

    @Override
    public Optional<Material> findById(MaterialId id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM materials WHERE id = :id")
                .bind("id", id.toString())
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public Optional<Material> findByCode(String code) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM materials WHERE code = :code")
                .bind("code", Columns.code(code))
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public List<Material> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<String> normalised = codes.stream().map(Columns::code).distinct().toList();
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM materials WHERE code IN (<codes>) ORDER BY "
                + db.dialect().binaryOrder("code"))
                .bindList("codes", normalised)
                .map((rs, ctx) -> map(rs))
                .list());
    }

    @Override
    public List<Material> findAll() {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM materials ORDER BY "
                + db.dialect().binaryOrder("code"))
                .map((rs, ctx) -> map(rs))
                .list());
    }

    @Override
    public boolean delete(MaterialId id) {
        return db.write(h -> h.createUpdate("DELETE FROM materials WHERE id = :id")
                .bind("id", id.toString())
                .execute() > 0);
    }

    private ConflictException duplicate(Handle h, Material material) {
        if (Rows.exists(h, "materials", "code", material.code())) {
            return codeTaken(material.code());
        }
        return new ConflictException("material.duplicate", "material " + material.id() + " already exists");
    }

    private static ConflictException codeTaken(String code) {
        return new ConflictException("material.code_taken", "a material with code " + code + " already exists");
    }

    private <S extends SqlStatement<S>> S bindFields(S statement, Material material) {
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
