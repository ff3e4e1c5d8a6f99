package com.wqs.application.inmemory;

import com.wqs.application.port.out.DuplicateWorkOrderException;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.WorkOrderRepository;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

final class InMemoryWorkOrderRepository implements WorkOrderRepository {
    private static final Comparator<WorkOrderSummary> BY_DELIVERY = Comparator
            .comparing(WorkOrderSummary::estimatedDelivery, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkOrderSummary::number);
    private static final Comparator<WorkOrder> NEWEST_FIRST =
            Comparator.comparing(WorkOrder::createdAt).thenComparing(WorkOrder::number).reversed();

    private final InMemoryDatabase database;

    InMemoryWorkOrderRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public void insert(WorkOrder workOrder) {
        database.write(tables -> {
            for (WorkOrder existing : tables.workOrders.values()) {
                checkUnique(existing, workOrder);
            }
            tables.workOrders.put(workOrder.id(), copy(workOrder, 0));
        });
    }

    /** The store's unique constraints: id, number, quote, idempotency key. */
    private static void checkUnique(WorkOrder existing, WorkOrder candidate) {
        if (existing.quoteId().equals(candidate.quoteId())) {
            throw new DuplicateWorkOrderException("quote " + candidate.quoteNumber() + " already has work order "
                    + existing.number());
        }
        if (candidate.idempotencyKey().isPresent() && candidate.idempotencyKey().equals(existing.idempotencyKey())) {
            throw new DuplicateWorkOrderException("idempotency key already used by work order " + existing.number());
        }
        if (existing.id().equals(candidate.id()) || existing.number().equals(candidate.number())) {
            throw new ConflictException("work_order.duplicate_number",
                    "work order " + candidate.id() + " / " + candidate.number() + " already exists");
        }
    }

    @Override
    public void update(WorkOrder workOrder) {
        database.write(tables -> {
            WorkOrder stored = tables.workOrders.get(workOrder.id());
            long version = Versions.next("work_order", workOrder.id(), stored == null ? null : stored.version(),
                    workOrder.version());
            tables.workOrders.put(workOrder.id(), copy(workOrder, version));
        });
    }

    @Override
    public Optional<WorkOrder> findById(WorkOrderId id) {
        return findFirst(wo -> wo.id().equals(id));
    }

    @Override
    public Optional<WorkOrder> findByQuoteId(QuoteId quoteId) {
        return findFirst(wo -> wo.quoteId().equals(quoteId));
    }

    @Override
    public Optional<WorkOrder> findByIdempotencyKey(String key) {
        return findFirst(wo -> wo.idempotencyKey().map(k -> k.equals(key)).orElse(false));
    }

    /** Newest first: by creation time, then number, both descending. */
    @Override
    public Page<WorkOrderSummary> search(WorkOrderSearch search, PageRequest page) {
        return database.read(tables -> Listing.page(tables.workOrders.values().stream()
                .filter(matching(search))
                .sorted(NEWEST_FIRST)
                .map(WorkOrderSummary::of)
                .toList(), page));
    }

    @Override
    public List<WorkOrderSummary> findOpen(UserId quoteOwnerId) {
        return database.read(tables -> tables.workOrders.values().stream()
                .filter(wo -> wo.status() != WorkOrderStatus.DELIVERED && wo.status() != WorkOrderStatus.CANCELLED)
                .filter(wo -> quoteOwnerId == null || quoteOwnerId.equals(wo.quoteOwnerId()))
                .map(WorkOrderSummary::of)
                .sorted(BY_DELIVERY)
                .toList());
    }

    private Optional<WorkOrder> findFirst(Predicate<WorkOrder> condition) {
        return database.read(tables -> tables.workOrders.values().stream()
                .filter(condition)
                .findFirst()
                .map(stored -> copy(stored, stored.version())));
    }

    private static Predicate<WorkOrder> matching(WorkOrderSearch search) {
        return wo -> (search.quoteOwnerId() == null || search.quoteOwnerId().equals(wo.quoteOwnerId()))
                && (search.status() == null || search.status() == wo.status())
                && (search.priority() == null || search.priority() == wo.details().priority())
                && (Listing.contains(wo.number(), search.text())
                        || Listing.contains(wo.quoteNumber(), search.text())
                        || Listing.contains(wo.customer().name(), search.text()));
    }

    /** A copy that shares nothing mutable with {@code wo}, carrying {@code version}. */
    private static WorkOrder copy(WorkOrder wo, long version) {
        return WorkOrder.restore(wo.id(), wo.number(), wo.quoteId(), wo.quoteNumber(), wo.quoteRevision(),
                wo.customer(), wo.lines(), wo.materials(), wo.quoteOwnerId(), wo.createdBy(), wo.createdAt(),
                wo.idempotencyKey().orElse(null), wo.requestFingerprint().orElse(null), wo.details(), wo.status(),
                wo.updatedAt(), wo.completedAt().orElse(null), wo.history(), version);
    }
}
