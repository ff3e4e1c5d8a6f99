package com.wqs.adapter.web.api.dto;

import com.wqs.domain.workorder.WorkOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A work order with the customer and line snapshot copied from its quote. */
public record WorkOrderResponse(String id, String number, String quoteId, String quoteNumber, int quoteRevision,
        String quoteOwnerId, CustomerResponse customer, String status, String priority, LocalDate estimatedDelivery,
        String productionNotes, String deliveryInstructions, List<PricedLineResponse> lines, String createdBy,
        Instant createdAt, Instant updatedAt, Instant completedAt, long version) {
    public static WorkOrderResponse from(WorkOrder w) {
        return new WorkOrderResponse(w.id().toString(), w.number(), w.quoteId().toString(), w.quoteNumber(),
                w.quoteRevision(), w.quoteOwnerId().toString(), CustomerResponse.from(w.customer()), w.status().name(),
                w.details().priority().name(), w.details().estimatedDelivery(), w.details().productionNotes(),
                w.details().deliveryInstructions(), w.lines().stream().map(PricedLineResponse::from).toList(),
                w.createdBy().toString(), w.createdAt(), w.updatedAt(), w.completedAt().orElse(null), w.version());
    }
}
