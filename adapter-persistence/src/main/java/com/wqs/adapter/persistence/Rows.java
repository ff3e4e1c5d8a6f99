package com.wqs.adapter.persistence;

import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.NotFoundException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Outcomes of guarded writes: inserts that skip duplicates and version-checked updates. */
final class Rows {
    private Rows() {
    }

    /**
     * After {@code UPDATE <table> ... WHERE id = :id AND version = :version}: one row means the update
     * won; none means the record changed since it was read (CONFLICT) or no longer exists (NOT_FOUND).
     */
    static void requireVersionedUpdate(Handle handle, int updated, String table, Object id, String entity) {
        if (updated == 1) {
            return;
        }
        if (exists(handle, table, "id", id.toString())) {
            throw new ConflictException(entity + ".stale",
                    entity + " " + id + " was changed by someone else; reload it and try again");
        }
        throw new NotFoundException(entity, id);
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
