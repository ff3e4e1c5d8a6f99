package com.wqs.adapter.cli.command;

import com.wqs.domain.customer.Customer;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.MaterialsList;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.time.Instant;
import java.util.List;

/** A work order as the CLI prints it in JSON. */
record WorkOrderView(WorkOrderId id, String number, WorkOrderStatus status, QuoteId quoteId, String quoteNumber,
        int quoteRevision, UserId quoteOwnerId, Customer customer, WorkOrderDetails details, Instant createdAt,
        Instant updatedAt, Instant completedAt, List<PricedLine> lines, MaterialsList materials,
        List<StatusChange<WorkOrderStatus>> history) {

    static WorkOrderView of(WorkOrder order) {
        return new WorkOrderView(order.id(), order.number(), order.status(), order.quoteId(), order.quoteNumber(),
                order.quoteRevision(), order.quoteOwnerId(), order.customer(), order.details(), order.createdAt(),
                order.updatedAt(), order.completedAt().orElse(null), order.lines(), order.materials(),
                order.history());
    }
}
