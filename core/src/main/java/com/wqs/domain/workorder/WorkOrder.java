package com.wqs.domain.workorder;

import com.wqs.domain.customer.Customer;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A work order for the workshop, made from an accepted quote: the customer and the quote's line
 * snapshot are copied, with the materials list computed from them. Status changes are guarded and
 * recorded; DELIVERED sets {@code completedAt}.
 */
public final class WorkOrder {
    private final WorkOrderId id;
    private final String number;
    private final QuoteId quoteId;
    private final String quoteNumber;
    private final int quoteRevision;
    private final Customer customer;
    private final List<PricedLine> lines;
    private final MaterialsList materials;
    private final UserId quoteOwnerId;
    private final UserId createdBy;
    private final Instant createdAt;
    private final String idempotencyKey;
    private final String requestFingerprint;
    private WorkOrderDetails details;
    private WorkOrderStatus status;
    private Instant updatedAt;
    private Instant completedAt;
    private final List<StatusChange<WorkOrderStatus>> history;
    private final long version;

    private WorkOrder(WorkOrderId id, String number, QuoteId quoteId, String quoteNumber, int quoteRevision,
            Customer customer, List<PricedLine> lines, MaterialsList materials, UserId quoteOwnerId, UserId createdBy,
            Instant createdAt, String idempotencyKey, String requestFingerprint, WorkOrderDetails details,
            WorkOrderStatus status, Instant updatedAt, Instant completedAt,
            List<StatusChange<WorkOrderStatus>> history, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.quoteId = Objects.requireNonNull(quoteId, "quoteId");
        this.quoteNumber = Objects.requireNonNull(quoteNumber, "quoteNumber");
        this.quoteRevision = quoteRevision;
        this.customer = Objects.requireNonNull(customer, "customer");
        this.lines = List.copyOf(lines);
        this.materials = Objects.requireNonNull(materials, "materials");
        this.quoteOwnerId = Objects.requireNonNull(quoteOwnerId, "quoteOwnerId");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.details = Objects.requireNonNull(details, "details");
        this.status = Objects.requireNonNull(status, "status");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.completedAt = completedAt;
        this.history = new ArrayList<>(history);
        this.version = version;
    }

    /**
     * A new PENDING work order. {@code idempotencyKey} (optional) and {@code requestFingerprint}
     * identify the request that created it, so a retry of the same request is recognised.
     */
    public static WorkOrder create(WorkOrderId id, String number, QuoteId quoteId, String quoteNumber,
            int quoteRevision, Customer customer, List<PricedLine> lines, MaterialsList materials,
            WorkOrderDetails details, UserId quoteOwnerId, UserId createdBy, Instant now, String idempotencyKey,
            String requestFingerprint) {
        List<StatusChange<WorkOrderStatus>> history =
                List.of(new StatusChange<>(null, WorkOrderStatus.PENDING, createdBy.value(), now,
                        "from quote " + quoteNumber));
        return new WorkOrder(id, number, quoteId, quoteNumber, quoteRevision, customer, lines, materials,
                quoteOwnerId, createdBy, now, idempotencyKey, requestFingerprint, details, WorkOrderStatus.PENDING, now, null, history, 0);
    }

    /** Rebuilds a work order read from storage; no rule is re-checked. */
    public static WorkOrder restore(WorkOrderId id, String number, QuoteId quoteId, String quoteNumber,
            int quoteRevision, Customer customer, List<PricedLine> lines, MaterialsList materials,
            UserId quoteOwnerId, UserId createdBy, Instant createdAt, String idempotencyKey, String requestFingerprint, WorkOrderDetails details,
            WorkOrderStatus status, Instant updatedAt, Instant completedAt,
            List<StatusChange<WorkOrderStatus>> history, long version) {
        return new WorkOrder(id, number, quoteId, quoteNumber, quoteRevision, customer, lines, materials,
                quoteOwnerId, createdBy, createdAt, idempotencyKey, requestFingerprint, details, status, updatedAt, completedAt, history,
                version);
    }

    public void moveTo(WorkOrderStatus target, String note, UserId by, Instant now) {
        TextLimits.require("note", note, TextLimits.DESCRIPTION);
        if (!status.canMoveTo(target)) {
            throw new ConflictException("work_order.invalid_transition",
                    "work order " + number + " cannot go from " + status + " to " + target);
        }
        history.add(new StatusChange<>(status, target, by.value(), now, note));
        this.status = target;
        this.updatedAt = now;
        if (target == WorkOrderStatus.DELIVERED) {
            this.completedAt = now;
        }
    }

    public void updateDetails(WorkOrderDetails newDetails, Instant now) {
        if (status == WorkOrderStatus.DELIVERED || status == WorkOrderStatus.CANCELLED) {
            throw new ConflictException("work_order.closed", "work order " + number + " is " + status);
        }
        this.details = Objects.requireNonNull(newDetails, "details");
        this.updatedAt = now;
    }

    public WorkOrderId id() {
        return id;
    }

    public String number() {
        return number;
    }

    public QuoteId quoteId() {
        return quoteId;
    }

    public String quoteNumber() {
        return quoteNumber;
    }

    public int quoteRevision() {
        return quoteRevision;
    }

    public Customer customer() {
        return customer;
    }

    public List<PricedLine> lines() {
        return lines;
    }

    public MaterialsList materials() {
        return materials;
    }

    /** The owner of the quote this work order came from. */
    public UserId quoteOwnerId() {
        return quoteOwnerId;
    }

    public UserId createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    public Optional<String> requestFingerprint() {
        return Optional.ofNullable(requestFingerprint);
    }

    public WorkOrderDetails details() {
        return details;
    }

    public WorkOrderStatus status() {
        return status;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public List<StatusChange<WorkOrderStatus>> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }
}
