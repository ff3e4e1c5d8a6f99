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
 * The changes a set of quote writes makes to {@code quote_stats} (count and value per owner, status and
 * UTC month of creation), applied in the same transaction. Rows are upserted in key order so concurrent
 * writers lock them in the same order and cannot deadlock.
 */
final class QuoteStatsDelta {
    private record Key(String ownerId, String status, long monthStart) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byOwner = ownerId.compareTo(other.ownerId);
            if (byOwner != 0) {
                return byOwner;
            }
            int byStatus = status.compareTo(other.status);
            return byStatus != 0 ? byStatus : Long.compare(monthStart, other.monthStart);
        }
    }

    private record Change(long count, long totalMinor) {
        Change plus(Change other) {
            return new Change(count + other.count, totalMinor + other.totalMinor);
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
        PreparedBatch upsert = handle.prepareBatch("INSERT INTO quote_stats (owner_id, status, month_start, quote_count,"
                + " total_minor) VALUES (:owner, :status, :month, :count, :total)"
                + " ON CONFLICT (owner_id, status, month_start) DO UPDATE SET"
                + " quote_count = quote_stats.quote_count + excluded.quote_count,"
                + " total_minor = quote_stats.total_minor + excluded.total_minor");
        changes.forEach((key, change) -> {
            if (change.count() != 0 || change.totalMinor() != 0) {
                upsert.bind("owner", key.ownerId())
                        .bind("status", key.status())
                        .bind("month", key.monthStart())
                        .bind("count", change.count())
                        .bind("total", change.totalMinor())
                        .add();
            }
        });
        Rows.executeIfAny(upsert);
        changes.clear();
    }

    private void change(UserId owner, QuoteStatus status, Instant createdAt, Change change) {
        Key key = new Key(owner.toString(), status.name(), Columns.micros(MonthBuckets.startOf(createdAt)));
        changes.merge(key, change, Change::plus);
    }
}
