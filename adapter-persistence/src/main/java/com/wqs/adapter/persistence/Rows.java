package com.wqs.adapter.persistence;

import com.wqs.domain.shared.StaleVersionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Outcomes of guarded writes: inserts that skip duplicates and version-checked updates. */
final class Rows {
    private Rows() {
    }

    /**
     * After {@code UPDATE table ... WHERE id = :id AND version = :version}: one row means the update won;
     * none means the record was changed or removed since it was read, a CONFLICT ({@code <entity>.stale})
     * carrying the version stored now (read back in the same transaction; none when the row is gone).
     *
     * @param id the row's {@code id} as bound, also naming the record in the message
     */
    static void requireVersionedUpdate(Handle handle, String table, Object id, int updated, String entity) {
        requireVersionedUpdate(handle, table, id, id, updated, entity);
    }

    /** As above, with {@code label} naming the record in the message. */
    static void requireVersionedUpdate(Handle handle, String table, Object id, Object label, int updated,
            String entity) {
        if (updated != 1) {
            Long stored = handle.createQuery("SELECT version FROM " + table + " WHERE id = :id")
                    .bind("id", id)
                    .mapTo(Long.class)
                    .findOne()
                    .orElse(null);
            throw new StaleVersionException(entity,
                    entity + " " + label + " was changed or removed by someone else; reload it and try again", stored);
        }
    }

    static boolean exists(Handle handle, String table, String column, Object value) {
        return handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :value")
                .bind("value", value)
                .mapTo(Long.class)
                .one() > 0;
    }

    /** Runs a batch that may be empty (an empty JDBC batch is not allowed by every driver). */
    static void executeIfAny(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
