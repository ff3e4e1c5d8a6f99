package com.wqs.application.port.out;

import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.time.Instant;
import java.time.LocalDate;

public record WorkOrderSummary(WorkOrderId id, String number, QuoteId quoteId, String quoteNumber,
        UserId quoteOwnerId, String customerName, WorkOrderStatus status, Priority priority,
        LocalDate estimatedDelivery, Instant createdAt, Instant completedAt) {
}
