package com.wqs.adapter.persistence;

import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.WorkOrderStatus;
import org.jdbi.v3.core.Handle;

/** Keeps {@code work_order_stats} (work orders per quote owner and status) in step with a work order write. */
final class WorkOrderStatsDelta {
    private WorkOrderStatsDelta() {
    }

    static void moved(Handle handle, UserId owner, WorkOrderStatus from, WorkOrderStatus to) {
        if (from == to) {
            return;
        }
        // Upserted in status order, so concurrent writers take the row locks in the same order.
        if (from == null || to.compareTo(from) < 0) {
            add(handle, owner, to, 1);
            if (from != null) {
                add(handle, owner, from, -1);
            }
        } else {
            add(handle, owner, from, -1);
            add(handle, owner, to, 1);
        }
    }

    private static void add(Handle handle, UserId owner, WorkOrderStatus status, long count) {
        handle.createUpdate("INSERT INTO work_order_stats (owner_id, status, order_count) VALUES (:owner, :status, :count)"
                + " ON CONFLICT (owner_id, status) DO UPDATE SET order_count = work_order_stats.order_count"
                + " + excluded.order_count")
                .bind("owner", owner.toString())
                .bind("status", status.name())
                .bind("count", count)
                .execute();
    }
}
