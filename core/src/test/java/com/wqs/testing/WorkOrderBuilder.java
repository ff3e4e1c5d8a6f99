package com.wqs.testing;

import com.wqs.domain.customer.Customer;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteNumber;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.MaterialsList;
import com.wqs.domain.workorder.MaterialsListCalculator;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test work orders in any status: {@code aWorkOrder().forQuote(acceptedQuote).status(IN_PRODUCTION).build()}.
 * The history walks the production steps one hour apart from {@code createdAt}; DELIVERED sets
 * {@code completedAt}. Without {@link #forQuote} it belongs to a made-up quote.
 * Default numbers are unique and from 10000 up, so tests can pick lower ones freely.
 */
public final class WorkOrderBuilder {
    private static final Duration STEP = Duration.ofHours(1);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final List<WorkOrderStatus> PRODUCTION_STEPS = List.of(WorkOrderStatus.PENDING,
            WorkOrderStatus.MATERIALS_ORDERED, WorkOrderStatus.MATERIALS_RECEIVED, WorkOrderStatus.IN_PRODUCTION,
            WorkOrderStatus.QUALITY_CHECK, WorkOrderStatus.READY_FOR_DELIVERY, WorkOrderStatus.DELIVERED);

    private final int n = SEQUENCE.incrementAndGet();
    private WorkOrderId id = WorkOrderId.newId();
    private String number = QuoteNumber.workOrder(2026, 10_000 + n);
    private QuoteId quoteId = QuoteId.newId();
    private String quoteNumber = QuoteNumber.quote(2025, 10_000 + n);
    private int quoteRevision = 1;
    private Customer customer = CustomerBuilder.aCustomer().build();
    private List<PricedLine> lines = PricingBuilder.aPricing().build().lines();
    private MaterialsList materials;
    private UserId quoteOwnerId = UserId.newId();
    private UserId createdBy = UserId.newId();
    private Instant createdAt = QuoteBuilder.DEFAULT_CREATED_AT;
    private String idempotencyKey;
    private String requestFingerprint;
    private Priority priority = Priority.NORMAL;
    private LocalDate estimatedDelivery;
    private boolean deliveryDateKnown = true;
    private String productionNotes = "";
    private String deliveryInstructions = "";
    private WorkOrderStatus status = WorkOrderStatus.PENDING;
    private long version;

    private WorkOrderBuilder() {
    }

    public static WorkOrderBuilder aWorkOrder() {
        return new WorkOrderBuilder();
    }

    /** Copies what conversion copies: the quote's id, number, revision, owner, customer and priced lines. */
    public WorkOrderBuilder forQuote(Quote quote) {
        this.quoteId = quote.id();
        this.quoteNumber = quote.number();
        this.quoteRevision = quote.revision();
        this.quoteOwnerId = quote.ownerId();
        this.createdBy = quote.ownerId();
        this.lines = quote.pricing().lines();
        this.customer = quote.latestRevision().map(r -> r.customer())
                .orElseGet(() -> CustomerBuilder.aCustomer().id(quote.customerId()).build());
        return this;
    }

    public WorkOrderBuilder id(WorkOrderId value) {
        this.id = value;
        return this;
    }

    public WorkOrderBuilder number(String value) {
        this.number = value;
        return this;
    }

    public WorkOrderBuilder quoteId(QuoteId value) {
        this.quoteId = value;
        return this;
    }

    public WorkOrderBuilder quoteNumber(String value) {
        this.quoteNumber = value;
        return this;
    }

    public WorkOrderBuilder quoteOwner(UserId value) {
        this.quoteOwnerId = value;
        return this;
    }

    public WorkOrderBuilder customer(Customer value) {
        this.customer = value;
        return this;
    }

    public WorkOrderBuilder lines(List<PricedLine> value) {
        this.lines = List.copyOf(value);
        return this;
    }

    /** Replaces the materials list otherwise computed from the lines by {@link MaterialsListCalculator}. */
    public WorkOrderBuilder materials(MaterialsList value) {
        this.materials = value;
        return this;
    }

    public WorkOrderBuilder createdBy(UserId value) {
        this.createdBy = value;
        return this;
    }

    public WorkOrderBuilder createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public WorkOrderBuilder idempotencyKey(String value) {
        this.idempotencyKey = value;
        return this;
    }

    public WorkOrderBuilder requestFingerprint(String value) {
        this.requestFingerprint = value;
        return this;
    }

    public WorkOrderBuilder priority(Priority value) {
        this.priority = value;
        return this;
    }

    /** Defaults to three weeks after {@code createdAt}. */
    public WorkOrderBuilder estimatedDelivery(LocalDate value) {
        this.estimatedDelivery = value;
        this.deliveryDateKnown = true;
        return this;
    }

    public WorkOrderBuilder withoutEstimatedDelivery() {
        this.estimatedDelivery = null;
        this.deliveryDateKnown = false;
        return this;
    }

    public WorkOrderBuilder productionNotes(String value) {
        this.productionNotes = value;
        return this;
    }

    public WorkOrderBuilder deliveryInstructions(String value) {
        this.deliveryInstructions = value;
        return this;
    }

    public WorkOrderBuilder status(WorkOrderStatus value) {
        this.status = value;
        return this;
    }

    public WorkOrderBuilder version(long value) {
        this.version = value;
        return this;
    }

    public WorkOrder build() {
        LocalDate delivery = estimatedDelivery != null || !deliveryDateKnown ? estimatedDelivery
                : LocalDate.ofInstant(createdAt, ZoneOffset.UTC).plusDays(21);
        List<StatusChange<WorkOrderStatus>> history = new ArrayList<>();
        Instant at = createdAt;
        history.add(new StatusChange<>(null, WorkOrderStatus.PENDING, createdBy.value(), at,
                "from quote " + quoteNumber));
        List<WorkOrderStatus> path = status == WorkOrderStatus.CANCELLED
                ? List.of(WorkOrderStatus.PENDING, WorkOrderStatus.CANCELLED)
                : PRODUCTION_STEPS.subList(0, PRODUCTION_STEPS.indexOf(status) + 1);
        for (int i = 1; i < path.size(); i++) {
            at = at.plus(STEP);
            history.add(new StatusChange<>(path.get(i - 1), path.get(i), createdBy.value(), at, ""));
        }
        return WorkOrder.restore(id, number, quoteId, quoteNumber, quoteRevision, customer, lines,
                materials != null ? materials : MaterialsListCalculator.from(lines), quoteOwnerId, createdBy, createdAt,
                idempotencyKey, requestFingerprint,
                new WorkOrderDetails(priority, delivery, productionNotes, deliveryInstructions), status, at,
                status == WorkOrderStatus.DELIVERED ? at : null, history, version);
    }
}
