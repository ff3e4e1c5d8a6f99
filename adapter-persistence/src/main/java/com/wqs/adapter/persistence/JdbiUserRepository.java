package com.wqs.adapter.persistence;

import com.wqs.application.port.out.UserRepository;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;

/** Emails are kept lower-case by {@link User}, so a plain unique constraint makes them unique regardless of case. */
final class JdbiUserRepository implements UserRepository {
    private static final String COLUMNS = "id, email, full_name, password_hash, role, active, language, version";

    private final Database db;
    private final KeyedTable<User> table;

    JdbiUserRepository(Database db) {
        this.db = db;
        this.table = new KeyedTable<>(db, "users", COLUMNS, "email", User::normaliseEmail, "user",
                (rs, ctx) -> map(rs));
    }

    @Override
    public void insert(User user) {
        table.insert(h -> bindFields(h.createUpdate("INSERT INTO users (" + COLUMNS + ") VALUES (:id, :email, :fullName,"
                + " :passwordHash, :role, :active, :language, 0) ON CONFLICT DO NOTHING"), user), user.id(), user.email());
    }

    @Override
    public void update(User user) {
        table.update(h -> bindFields(h.createUpdate("UPDATE users SET email = :email, full_name = :fullName,"
                + " password_hash = :passwordHash, role = :role, active = :active, language = :language, version = version + 1"
                + " WHERE id = :id AND version = :version"), user)
                .bind("version", user.version()), user.id(), user.email());
    }

    @Override
    public Optional<User> findById(UserId id) {
        return table.findById(id);
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return table.findByKey(email);
    }

    @Override
    public List<User> findAll() {
        return table.findAll();
    }

    @Override
    public long count() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one());
    }

    private static Update bindFields(Update statement, User user) {
        return statement.bind("id", user.id().toString())
                .bind("email", user.email())
                .bind("fullName", user.fullName())
                .bind("passwordHash", user.passwordHash())
                .bind("role", user.role().name())
                .bind("active", user.active())
                .bind("language", Columns.languageTag(user.language()));
    }

    private static User map(ResultSet rs) throws SQLException {
        return new User(new UserId(Columns.uuid(rs, "id")), rs.getString("email"), rs.getString("full_name"),
                rs.getString("password_hash"), Columns.enumValue(Role.class, rs, "role"), rs.getBoolean("active"),
                Columns.language(rs, "language"), rs.getLong("version"));
    }
}
