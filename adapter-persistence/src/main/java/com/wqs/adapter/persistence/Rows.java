package com.wqs.adapter.persistence;

import com.wqs.domain.shared.ConflictException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Outcomes of guarded writes: inserts that skip duplicates and version-checked updates. */
final class Rows {
    private Rows() {
    }

    /**
     * After {@code UPDATE ... WHERE id = :id AND version = :version}: one row means the update won;
     * none means the record was changed or removed since it was read, a CONFLICT ({@code <entity>.stale}).
     */
    static void requireVersionedUpdate(int updated, Object id, String entity) {
        if (updated != 1) {
            throw new ConflictException(entity + ".stale",
                    entity + " " + id + " was changed or removed by someone else; reload it and try again");
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
