package com.wqs.adapter.persistence;

import com.wqs.application.port.out.CustomerRepository;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.shared.ConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;

final class JdbiCustomerRepository implements CustomerRepository {
    private static final String COLUMNS = "id, name, email, phone, address, tax_id, notes, language, version";
    private static final String FOLDED_COLUMNS = "name_folded, email_folded, phone_folded, tax_id_folded";
    private static final String TEXT_MATCH = "(name_folded LIKE :text ESCAPE '!'"
            + " OR email_folded LIKE :text ESCAPE '!' OR phone_folded LIKE :text ESCAPE '!'"
            + " OR tax_id_folded LIKE :text ESCAPE '!')";

    private final Database db;

    JdbiCustomerRepository(Database db) {
        this.db = db;
    }

    @Override
    public void insert(Customer customer) {
        db.writeVoid(h -> {
            int inserted = bindFields(h.createUpdate("INSERT INTO customers (" + COLUMNS + ", " + FOLDED_COLUMNS + ")"
                    + " VALUES (:id, :name, :email, :phone, :address, :taxId, :notes, :language, 0, :nameFolded, :emailFolded,"
                    + " :phoneFolded, :taxIdFolded) ON CONFLICT DO NOTHING"),
                    customer).execute();
            if (inserted == 0) {
                throw new ConflictException("customer.duplicate", "customer " + customer.id() + " already exists");
            }
        });
    }

    @Override
    public void update(Customer customer) {
        db.writeVoid(h -> {
            int updated = bindFields(h.createUpdate("UPDATE customers SET name = :name, email = :email, phone = :phone,"
                    + " address = :address, tax_id = :taxId, notes = :notes, language = :language, name_folded = :nameFolded,"
                    + " email_folded = :emailFolded, phone_folded = :phoneFolded, tax_id_folded = :taxIdFolded,"
                    + " version = version + 1"
                    + " WHERE id = :id AND version = :version"), customer)
                    .bind("version", customer.version())
                    .execute();
            Rows.requireVersionedUpdate(h, "customers", customer.id().toString(), updated, "customer");
        });
    }

    @Override
    public Optional<Customer> findById(CustomerId id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM customers WHERE id = :id")
                .bind("id", id.toString())
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public Page<Customer> search(String text, PageRequest page) {
        Where where = new Where().andIfPresent(TEXT_MATCH, "text",
                text == null || text.isBlank() ? null : Columns.containsPattern(text.trim()));
        return db.read(h -> {
            long total = where.bind(h.createQuery("SELECT COUNT(*) FROM customers" + where.sql()))
                    .mapTo(Long.class)
                    .one();
            List<Customer> items = where.bind(h.createQuery("SELECT " + COLUMNS + " FROM customers" + where.sql()
                    + " ORDER BY " + db.dialect().binaryOrder("name_folded") + ", " + db.dialect().binaryOrder("name")
                    + ", id LIMIT :limit OFFSET :offset"))
                    .bind("limit", page.size())
                    .bind("offset", page.offset())
                    .map((rs, ctx) -> map(rs))
                    .list();
            return new Page<>(items, total, page.page(), page.size());
        });
    }

    @Override
    public boolean delete(CustomerId id) {
        return db.write(h -> h.createUpdate("DELETE FROM customers WHERE id = :id")
                .bind("id", id.toString())
                .execute() > 0);
    }

    private static <S extends SqlStatement<S>> S bindFields(S statement, Customer customer) {
        return statement.bind("id", customer.id().toString())
                .bind("name", customer.name())
                .bind("email", customer.email())
                .bind("phone", customer.phone())
                .bind("address", customer.address())
                .bind("taxId", customer.taxId())
                .bind("notes", customer.notes())
                .bind("language", Columns.languageTag(customer.language()))
                .bind("nameFolded", Columns.fold(customer.name()))
                .bind("emailFolded", Columns.fold(customer.email()))
                .bind("phoneFolded", Columns.fold(customer.phone()))
                .bind("taxIdFolded", Columns.fold(customer.taxId()));
    }

    private static Customer map(ResultSet rs) throws SQLException {
        return new Customer(new CustomerId(Columns.uuid(rs, "id")), rs.getString("name"), rs.getString("email"),
                rs.getString("phone"), rs.getString("address"), rs.getString("tax_id"), rs.getString("notes"),
                Columns.language(rs, "language"), rs.getLong("version"));
    }
}
