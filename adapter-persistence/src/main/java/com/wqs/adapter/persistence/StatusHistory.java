package com.wqs.adapter.persistence;

import com.wqs.domain.shared.StatusChange;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The recorded transitions of an aggregate, one row per change in {@code quote_history} or
 * {@code work_order_history}, numbered in the order they happened. History is append-only.
 */
final class StatusHistory<S extends Enum<S>> {
    private final String table;
    private final String ownerColumn;
    private final Class<S> statusType;

    StatusHistory(String table, String ownerColumn, Class<S> statusType) {
        this.table = table;
        this.ownerColumn = ownerColumn;
        this.statusType = statusType;
    }

    PreparedBatch batch(Handle handle) {
        return handle.prepareBatch("INSERT INTO " + table + " (" + ownerColumn + ", seq, from_status, to_status,"
                + " changed_by, changed_at, note) VALUES (:owner, :seq, :from, :to, :by, :at, :note)");
    }

    /** Adds the entries from position {@code alreadyStored} on to {@code batch}. */
    void addNew(PreparedBatch batch, String ownerId, List<StatusChange<S>> history, int alreadyStored) {
        for (int seq = alreadyStored; seq < history.size(); seq++) {
            StatusChange<S> change = history.get(seq);
            batch.bind("owner", ownerId)
                    .bind("seq", seq)
                    .bind("from", change.from() == null ? null : change.from().name())
                    .bind("to", change.to().name())
                    .bind("by", change.by().toString())
                    .bind("at", Columns.micros(change.at()))
                    .bind("note", change.note())
                    .add();
        }
    }

    int storedCount(Handle handle, String ownerId) {
        return handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + ownerColumn + " = :owner")
                .bind("owner", ownerId)
                .mapTo(Integer.class)
                .one();
    }

    List<StatusChange<S>> load(Handle handle, String ownerId) {
        return handle.createQuery("SELECT from_status, to_status, changed_by, changed_at, note FROM " + table
                + " WHERE " + ownerColumn + " = :owner ORDER BY seq")
                .bind("owner", ownerId)
                .map((rs, ctx) -> new StatusChange<>(Columns.enumValue(statusType, rs, "from_status"),
                        Columns.enumValue(statusType, rs, "to_status"), Columns.uuid(rs, "changed_by"),
                        Columns.instant(rs, "changed_at"), rs.getString("note")))
                .list();
    }
}
