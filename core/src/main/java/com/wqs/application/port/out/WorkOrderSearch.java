package com.wqs.application.port.out;

import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrderStatus;

/** Filters for listing work orders (null = any); {@code text} matches number, quote number or customer name. */
public record WorkOrderSearch(UserId quoteOwnerId, WorkOrderStatus status, Priority priority, String text) {
    public WorkOrderSearch {
        text = text == null || text.isBlank() ? null : text.trim();
    }

    public static WorkOrderSearch all() {
        return new WorkOrderSearch(null, null, null, null);
    }

    public WorkOrderSearch withQuoteOwner(UserId owner) {
        return new WorkOrderSearch(owner, status, priority, text);
    }
}
