package com.wqs.adapter.persistence;

import com.wqs.domain.shared.ConflictException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

/**
 * A table whose rows carry a unique key besides their id (a material's or product's code, a user's
 * email): the reads by id and key, and the writes that turn a taken key into a CONFLICT
 * ({@code <entity>.<key>_taken}).
 */
final class KeyedTable<T> {
    private final Database db;
    private final String table;
    private final String columns;
    private final String key;
    private final UnaryOperator<String> normalise;
    private final String entity;
    private final RowMapper<T> mapper;

    /**
     * @param columns the columns {@code mapper} reads
     * @param key the unique column; its values are stored as {@code normalise} makes them
     * @param entity the error codes' prefix, e.g. {@code material}
     */
    KeyedTable(Database db, String table, String columns, String key, UnaryOperator<String> normalise, String entity,
            RowMapper<T> mapper) {
        this.db = db;
        this.table = table;
        this.columns = columns;
        this.key = key;
        this.normalise = normalise;
        this.entity = entity;
        this.mapper = mapper;
    }

    /** Runs an {@code INSERT ... ON CONFLICT DO NOTHING}; a skipped row is a CONFLICT naming the clash. */
    void insert(Function<Handle, Update> insert, Object id, String keyValue) {
        db.writeVoid(h -> {
            if (insert.apply(h).execute() == 0) {
                throw Rows.exists(h, table, key, keyValue)
                        ? keyTaken(keyValue)
                        : new ConflictException(entity + ".duplicate", entity + " " + id + " already exists");
            }
        });
    }

    /** Runs a version-checked {@code UPDATE}: a stale version or a key another row has is a CONFLICT. */
    void update(Function<Handle, Update> update, Object id, String keyValue) {
        db.writeVoid(h -> {
            int updated;
            try {
                updated = update.apply(h).execute();
            } catch (UnableToExecuteStatementException e) {
                if (db.dialect().isUniqueViolation(e)) {
                    throw keyTaken(keyValue);
                }
                throw e;
            }
            Rows.requireVersionedUpdate(h, table, id.toString(), id, updated, entity);
        });
    }

    Optional<T> findById(Object id) {
        return findOne("id", id.toString());
    }

    Optional<T> findByKey(String keyValue) {
        return findOne(key, normalise.apply(keyValue));
    }

    /** Sorted by key. */
    List<T> findByKeys(Collection<String> keyValues) {
        if (keyValues.isEmpty()) {
            return List.of();
        }
        return db.read(h -> h.createQuery("SELECT " + columns + " FROM " + table + " WHERE " + key + " IN (<keys>)"
                + " ORDER BY " + db.dialect().binaryOrder(key))
                .bindList("keys", keyValues.stream().map(normalise).distinct().toList())
                .map(mapper)
                .list());
    }

    /** Sorted by key. */
    List<T> findAll() {
        return db.read(h -> h.createQuery("SELECT " + columns + " FROM " + table + " ORDER BY "
                + db.dialect().binaryOrder(key))
                .map(mapper)
                .list());
    }

    boolean delete(Object id) {
        return db.write(h -> h.createUpdate("DELETE FROM " + table + " WHERE id = :id")
                .bind("id", id.toString())
                .execute() > 0);
    }

    private Optional<T> findOne(String column, String value) {
        return db.read(h -> h.createQuery("SELECT " + columns + " FROM " + table + " WHERE " + column + " = :value")
                .bind("value", value)
                .map(mapper)
                .findOne());
    }

    private ConflictException keyTaken(String keyValue) {
        return new ConflictException(entity + "." + key + "_taken",
                "a " + entity + " with " + key + " " + keyValue + " already exists");
    }
}
