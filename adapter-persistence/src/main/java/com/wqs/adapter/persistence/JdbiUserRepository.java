package com.wqs.adapter.persistence;

import com.wqs.application.port.out.UserRepository;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Emails are kept lower-case by {@link User}, so a plain unique constraint makes them unique regardless of case. */
final class JdbiUserRepository implements UserRepository {
    private static final String COLUMNS = "id, email, full_name, password_hash, role, active, version";

    private final Database db;

    JdbiUserRepository(Database db) {
        this.db = db;
    }

    @Override
    public void insert(User user) {
        db.writeVoid(h -> {
            int inserted = bindFields(h.createUpdate("INSERT INTO users (" + COLUMNS + ") VALUES (:id, :email, :fullName,"
                    + " :passwordHash, :role, :active, 0) ON CONFLICT DO NOTHING"), user).execute();
            if (inserted == 0) {
                throw Rows.exists(h, "users", "email", user.email())
                        ? emailTaken(user.email())
                        : new ConflictException("user.duplicate", "user " + user.id() + " already exists");
            }
        });
    }

    @Override
    public void update(User user) {
        db.writeVoid(h -> {
            int updated;
            try {
                updated = bindFields(h.createUpdate("UPDATE users SET email = :email, full_name = :fullName,"
                        + " password_hash = :passwordHash, role = :role, active = :active, version = version + 1"
                        + " WHERE id = :id AND version = :version"), user)
                        .bind("version", user.version())
                        .execute();
            } catch (UnableToExecuteStatementException e) {
                if (db.dialect().isUniqueViolation(e)) {
                    throw emailTaken(user.email());
                }
                throw e;
            }
            Rows.requireVersionedUpdate(updated, user.id(), "user");
        });
    }

    @Override
    public Optional<User> findById(UserId id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id.toString())
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE email = :email")
                .bind("email", User.normaliseEmail(email))
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public List<User> findAll() {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM users ORDER BY "
                + db.dialect().binaryOrder("email"))
                .map((rs, ctx) -> map(rs))
                .list());
    }

    @Override
    public long count() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one());
    }

    private static ConflictException emailTaken(String email) {
        return new ConflictException("user.email_taken", "a user with email " + email + " already exists");
    }

    private static <S extends SqlStatement<S>> S bindFields(S statement, User user) {
        return statement.bind("id", user.id().toString())
                .bind("email", user.email())
                .bind("fullName", user.fullName())
                .bind("passwordHash", user.passwordHash())
                .bind("role", user.role().name())
                .bind("active", user.active());
    }

    private static User map(ResultSet rs) throws SQLException {
        return new User(new UserId(Columns.uuid(rs, "id")), rs.getString("email"), rs.getString("full_name"),
                rs.getString("password_hash"), Columns.enumValue(Role.class, rs, "role"), rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
