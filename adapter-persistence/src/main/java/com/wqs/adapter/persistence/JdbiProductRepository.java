package com.wqs.adapter.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.wqs.application.port.out.ProductRepository;
import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.catalog.ProductLayout;
import com.wqs.domain.catalog.WindowType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;

/**
 * Products with their bill of materials as a JSON document (formulas as their source text) and their
 * layout rules as another (null for a product without a layout of its own).
 */
final class JdbiProductRepository implements ProductRepository {
    private static final String COLUMNS = "id, code, name, category, window_type, min_width_mm, max_width_mm,"
            + " min_height_mm, max_height_mm, bom, layout, active, version";
    private static final TypeReference<List<BomLine>> BOM = new TypeReference<>() {
    };

    private final StoredJson json;
    private final KeyedTable<Product> table;

    JdbiProductRepository(Database db, StoredJson json) {
        this.json = json;
        this.table = new KeyedTable<>(db, "products", COLUMNS, "code", Columns::code, "product",
                (rs, ctx) -> map(rs));
    }

    @Override
    public void insert(Product product) {
        table.insert(h -> bindFields(h.createUpdate("INSERT INTO products (" + COLUMNS + ") VALUES (:id, :code, :name,"
                + " :category, :windowType, :minWidthMm, :maxWidthMm, :minHeightMm, :maxHeightMm, :bom, :layout, :active, 0)"
                + " ON CONFLICT DO NOTHING"), product), product.id(), product.code());
    }

    @Override
    public void update(Product product) {
        table.update(h -> bindFields(h.createUpdate("UPDATE products SET code = :code, name = :name,"
                + " category = :category, window_type = :windowType, min_width_mm = :minWidthMm,"
                + " max_width_mm = :maxWidthMm, min_height_mm = :minHeightMm, max_height_mm = :maxHeightMm,"
                + " bom = :bom, layout = :layout, active = :active, version = version + 1 WHERE id = :id AND version = :version"), product)
                .bind("version", product.version()), product.id(), product.code());
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return table.findById(id);
    }

    @Override
    public Optional<Product> findByCode(String code) {
        return table.findByKey(code);
    }

    @Override
    public List<Product> findByCodes(Collection<String> codes) {
        return table.findByKeys(codes);
    }

    @Override
    public List<Product> findAll() {
        return table.findAll();
    }

    @Override
    public boolean delete(ProductId id) {
        return table.delete(id);
    }

    private Update bindFields(Update statement, Product product) {
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
                .bind("layout", product.layout().equals(ProductLayout.NONE) ? null : json.write(product.layout()))
                .bind("active", product.active());
    }

    private Product map(ResultSet rs) throws SQLException {
        return new Product(new ProductId(Columns.uuid(rs, "id")), rs.getString("code"), rs.getString("name"),
                Columns.enumValue(ProductCategory.class, rs, "category"),
                Columns.enumValue(WindowType.class, rs, "window_type"), rs.getInt("min_width_mm"),
                rs.getInt("max_width_mm"), rs.getInt("min_height_mm"), rs.getInt("max_height_mm"),
                json.read(rs.getString("bom"), BOM), layout(rs.getString("layout")), rs.getBoolean("active"),
                rs.getLong("version"));
    }

    private ProductLayout layout(String document) {
        return document == null ? ProductLayout.NONE : json.read(document, ProductLayout.class);
    }
}
