package com.wqs.adapter.persistence;

import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The changes a set of quote writes makes to the statistics summary tables (count and value per owner,
 * status and UTC month, and per UTC day, of creation), applied in the same transaction. Rows are
 * upserted in key order so concurrent writers lock them in the same order and cannot deadlock.
 */
final class QuoteStatsDelta {
    private record Key(StatsBucket bucket, String ownerId, String status, long start) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byBucket = bucket.compareTo(other.bucket);
            if (byBucket != 0) {
                return byBucket;
            }
            int byOwner = ownerId.compareTo(other.ownerId);
            if (byOwner != 0) {
                return byOwner;
            }
            int byStatus = status.compareTo(other.status);
            return byStatus != 0 ? byStatus : Long.compare(start, other.start);
        }
    }

    private record Change(long count, long totalMinor) {
        Change plus(Change other) {
            return new Change(count + other.count, totalMinor + other.totalMinor);
        }

        boolean isNone() {
            return count == 0 && totalMinor == 0;
        }
    }

    private final Map<Key, Change> changes = new TreeMap<>();

    void added(Quote quote) {
        change(quote.ownerId(), quote.status(), quote.createdAt(), new Change(1, quote.pricing().total().minorUnits()));
    }

    void removed(UserId owner, QuoteStatus status, Instant createdAt, long totalMinor) {
        change(owner, status, createdAt, new Change(-1, -totalMinor));
    }

    void apply(Handle handle) {
        for (StatsBucket bucket : StatsBucket.values()) {
            PreparedBatch upsert = handle.prepareBatch("INSERT INTO " + bucket.table() + " (owner_id, status, "
                    + bucket.startColumn() + ", quote_count, total_minor) VALUES (:owner, :status, :start, :count,"
                    + " :total) ON CONFLICT (" + bucket.primaryKey() + ") DO UPDATE SET"
                    + " quote_count = " + bucket.table() + ".quote_count + excluded.quote_count,"
                    + " total_minor = " + bucket.table() + ".total_minor + excluded.total_minor");
            changes.forEach((key, change) -> {
                if (key.bucket() == bucket && !change.isNone()) {
                    upsert.bind("owner", key.ownerId())
                            .bind("status", key.status())
                            .bind("start", key.start())
                            .bind("count", change.count())
                            .bind("total", change.totalMinor())
                            .add();
                }
            });
            Rows.executeIfAny(upsert);
        }
        changes.clear();
    }

    private void change(UserId owner, QuoteStatus status, Instant createdAt, Change change) {
        for (StatsBucket bucket : StatsBucket.values()) {
            Key key = new Key(bucket, owner.toString(), status.name(), Columns.micros(bucket.startOf(createdAt)));
            changes.merge(key, change, Change::plus);
        }
    }
}
