package com.wqs.application.port.out;

import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.time.Instant;
import java.time.LocalDate;

public record WorkOrderSummary(WorkOrderId id, String number, QuoteId quoteId, String quoteNumber,
        UserId quoteOwnerId, String customerName, WorkOrderStatus status, Priority priority,
        LocalDate estimatedDelivery, Instant createdAt, Instant completedAt) {

    /** The summary of a work order as stored. */
    public static WorkOrderSummary of(WorkOrder wo) {
        return new WorkOrderSummary(wo.id(), wo.number(), wo.quoteId(), wo.quoteNumber(), wo.quoteOwnerId(),
                wo.customer().name(), wo.status(), wo.details().priority(), wo.details().estimatedDelivery(),
                wo.createdAt(), wo.completedAt().orElse(null));
    }
}
