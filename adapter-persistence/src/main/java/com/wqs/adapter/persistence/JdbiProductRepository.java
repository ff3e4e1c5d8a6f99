package com.wqs.adapter.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.wqs.application.port.out.ProductRepository;
import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.shared.ConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

final class JdbiProductRepository implements ProductRepository {
    private static final String COLUMNS = "id, code, name, category, window_type, min_width_mm, max_width_mm,"
            + " min_height_mm, max_height_mm, bom, active, version";
    private static final TypeReference<List<BomLine>> BOM = new TypeReference<>() {
    };

    private final Database db;
    private final StoredJson json;

    JdbiProductRepository(Database db, StoredJson json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public void insert(Product product) {
        db.writeVoid(h -> {
            int inserted = bindFields(h.createUpdate("INSERT INTO products (" + COLUMNS + ") VALUES (:id, :code, :name,"
                    + " :category, :windowType, :minWidthMm, :maxWidthMm, :minHeightMm, :maxHeightMm, :bom, :active, 0)"
                    + " ON CONFLICT DO NOTHING"), product).execute();
            if (inserted == 0) {
                throw duplicate(h, product);
            }
        });
    }

    @Override
    public void update(Product product) {
        db.writeVoid(h -> {
            int updated;
            try {
                updated = bindFields(h.createUpdate("UPDATE products SET code = :code, name = :name,"
                        + " category = :category, window_type = :windowType, min_width_mm = :minWidthMm,"
                        + " max_width_mm = :maxWidthMm, min_height_mm = :minHeightMm, max_height_mm = :maxHeightMm,"
                        + " bom = :bom, active = :active, version = version + 1 WHERE id = :id AND version = :version"),
                        product)
                        .bind("version", product.version())
                        .execute();
            } catch (UnableToExecuteStatementException e) {
                if (db.dialect().isUniqueViolation(e)) {
                    throw codeTaken(product.code());
                }
                throw e;
            }
            Rows.requireVersionedUpdate(updated, product.id(), "product");
        });
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM products WHERE id = :id")
                .bind("id", id.toString())
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public Optional<Product> findByCode(String code) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM products WHERE code = :code")
                .bind("code", Columns.code(code))
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public List<Product> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<String> normalised = codes.stream().map(Columns::code).distinct().toList();
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM products WHERE code IN (<codes>) ORDER BY "
                + db.dialect().binaryOrder("code"))
                .bindList("codes", normalised)
                .map((rs, ctx) -> map(rs))
                .list());
    }

    @Override
    public List<Product> findAll() {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM products ORDER BY "
                + db.dialect().binaryOrder("code"))
                .map((rs, ctx) -> map(rs))
                .list());
    }

    @Override
    public boolean delete(ProductId id) {
        return db.write(h -> h.createUpdate("DELETE FROM products WHERE id = :id")
                .bind("id", id.toString())
                .execute() > 0);
    }

    private ConflictException duplicate(Handle h, Product product) {
        if (Rows.exists(h, "products", "code", product.code())) {
            return codeTaken(product.code());
        }
        return new ConflictException("product.duplicate", "product " + product.id() + " already exists");
    }

    private static ConflictException codeTaken(String code) {
        return new ConflictException("product.code_taken", "a product with code " + code + " already exists");
    }

    private <S extends SqlStatement<S>> S bindFields(S statement, Product product) {
        return statement.bind("id", product.id().toString())
                .bind("code", product.code())
                .bind("name", product.name())
                .bind("category", product.category().name())
                .bind("windowType", product.windowType().name())
                .bind("minWidthMm", product.minWidthMm())
                .bind("maxWidthMm", product.maxWidthMm())
                .bind("minHeightMm", product.minHeightMm())
                .bind("maxHeightMm", product.maxHeightMm())
                .bind("bom", json.write(product.bom()))
                .bind("active", product.active());
    }

    private Product map(ResultSet rs) throws SQLException {
        return new Product(new ProductId(Columns.uuid(rs, "id")), rs.getString("code"), rs.getString("name"),
                Columns.enumValue(ProductCategory.class, rs, "category"),
                Columns.enumValue(WindowType.class, rs, "window_type"), rs.getInt("min_width_mm"),
                rs.getInt("max_width_mm"), rs.getInt("min_height_mm"), rs.getInt("max_height_mm"),
                json.read(rs.getString("bom"), BOM), rs.getBoolean("active"), rs.getLong("version"));
    }
}
