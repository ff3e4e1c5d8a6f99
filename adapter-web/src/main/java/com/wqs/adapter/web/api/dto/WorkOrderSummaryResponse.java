package com.wqs.adapter.web.api.dto;

import com.wqs.application.port.out.WorkOrderSummary;
import java.time.Instant;
import java.time.LocalDate;

public record WorkOrderSummaryResponse(String id, String number, String quoteId, String quoteNumber,
        String quoteOwnerId, String customerName, String status, String priority, LocalDate estimatedDelivery,
        Instant createdAt, Instant completedAt) {
    public static WorkOrderSummaryResponse from(WorkOrderSummary s) {
        return new WorkOrderSummaryResponse(s.id().toString(), s.number(), s.quoteId().toString(), s.quoteNumber(),
                s.quoteOwnerId().toString(), s.customerName(), s.status().name(), s.priority().name(),
                s.estimatedDelivery(), s.createdAt(), s.completedAt());
    }
}
