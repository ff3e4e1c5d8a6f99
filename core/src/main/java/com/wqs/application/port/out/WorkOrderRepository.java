package com.wqs.application.port.out;

import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderId;
import java.util.List;
import java.util.Optional;

public interface WorkOrderRepository {
    /**
     * Stores a new work order. At most one work order exists per quote, and an idempotency key is used
     * once: a second insert for the same quote (or key) throws {@link DuplicateWorkOrderException},
     * enforced by the store itself (a unique constraint), not by a check before the insert.
     */
    void insert(WorkOrder workOrder);

    /** Optimistic update, as {@link QuoteRepository#update}. */
    void update(WorkOrder workOrder);

    Optional<WorkOrder> findById(WorkOrderId id);

    Optional<WorkOrder> findByQuoteId(QuoteId quoteId);

    Optional<WorkOrder> findByIdempotencyKey(String key);

    /**
     * The open work orders (neither DELIVERED nor CANCELLED) of one quote owner's quotes, or everyone's when
     * {@code quoteOwnerId} is null: by estimated delivery, those without one last, then by number.
     */
    List<WorkOrderSummary> findOpen(UserId quoteOwnerId);

    /** Newest first: by creation time, then by number, both descending. */
    Page<WorkOrderSummary> search(WorkOrderSearch search, PageRequest page);
}
