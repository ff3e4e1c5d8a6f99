package com.wqs.adapter.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.wqs.application.port.out.DuplicateWorkOrderException;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.WorkOrderRepository;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.MaterialsList;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Work orders. The unique constraints on {@code quote_id} and {@code idempotency_key} are what make
 * conversion idempotent: the insert skips a duplicate instead of failing, so on PostgreSQL the
 * surrounding transaction stays usable for reading the existing work order.
 */
final class JdbiWorkOrderRepository implements WorkOrderRepository {
    private static final String SUMMARY_COLUMNS = "id, number, quote_id, quote_number, quote_owner_id, customer_name,"
            + " status, priority, estimated_delivery, created_at, completed_at";
    private static final String COLUMNS = "id, number, quote_id, quote_number, quote_revision, quote_owner_id,"
            + " customer_name, customer_name_folded, customer, lines, materials, created_by, created_at,"
            + " idempotency_key, request_fingerprint, priority, estimated_delivery, production_notes,"
            + " delivery_instructions, status, updated_at, completed_at, version";
    private static final TypeReference<List<PricedLine>> LINES = new TypeReference<>() {
    };
    private static final StatusHistory<WorkOrderStatus> HISTORY =
            new StatusHistory<>("work_order_history", "work_order_id", WorkOrderStatus.class);

    private final Database db;
    private final StoredJson json;

    JdbiWorkOrderRepository(Database db, StoredJson json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public void insert(WorkOrder workOrder) {
        db.writeVoid(h -> {
            int inserted = bindState(h.createUpdate("INSERT INTO work_orders (" + COLUMNS + ") VALUES (:id, :number,"
                    + " :quoteId, :quoteNumber, :quoteRevision, :quoteOwnerId, :customerName, :customerNameFolded,"
                    + " :customer, :lines, :materials, :createdBy, :createdAt, :idempotencyKey, :requestFingerprint,"
                    + " :priority, :estimatedDelivery, :productionNotes, :deliveryInstructions, :status, :updatedAt,"
                    + " :completedAt, 0) ON CONFLICT DO NOTHING"), workOrder)
                    .bind("number", workOrder.number())
                    .bind("quoteId", workOrder.quoteId().toString())
                    .bind("quoteNumber", workOrder.quoteNumber())
                    .bind("quoteRevision", workOrder.quoteRevision())
                    .bind("quoteOwnerId", workOrder.quoteOwnerId().toString())
                    .bind("customerName", workOrder.customer().name())
                    .bind("customerNameFolded", Columns.fold(workOrder.customer().name()))
                    .bind("customer", json.write(workOrder.customer()))
                    .bind("lines", json.write(workOrder.lines()))
                    .bind("materials", json.write(workOrder.materials()))
                    .bind("createdBy", workOrder.createdBy().toString())
                    .bind("createdAt", Columns.micros(workOrder.createdAt()))
                    .bind("idempotencyKey", workOrder.idempotencyKey().orElse(null))
                    .bind("requestFingerprint", workOrder.requestFingerprint().orElse(null))
                    .execute();
            if (inserted == 0) {
                throw duplicate(h, workOrder);
            }
            PreparedBatch history = HISTORY.batch(h);
            HISTORY.addNew(history, workOrder.id().toString(), workOrder.history(), 0);
            Rows.executeIfAny(history);
            WorkOrderStatsDelta.moved(h, workOrder.quoteOwnerId(), null, workOrder.status());
        });
    }

    @Override
    public void update(WorkOrder workOrder) {
        String id = workOrder.id().toString();
        db.writeVoid(h -> {
            Optional<WorkOrderStatus> before = h.createQuery("SELECT status FROM work_orders WHERE id = :id")
                    .bind("id", id)
                    .map((rs, ctx) -> Columns.enumValue(WorkOrderStatus.class, rs, "status"))
                    .findOne();
            int updated = before.isEmpty() ? 0 : bindState(h.createUpdate("UPDATE work_orders SET priority = :priority,"
                    + " estimated_delivery = :estimatedDelivery, production_notes = :productionNotes,"
                    + " delivery_instructions = :deliveryInstructions, status = :status, updated_at = :updatedAt,"
                    + " completed_at = :completedAt, version = version + 1 WHERE id = :id AND version = :version"),
                    workOrder)
                    .bind("version", workOrder.version())
                    .execute();
            Rows.requireVersionedUpdate(h, "work_orders", id, updated, "work_order");
            PreparedBatch history = HISTORY.batch(h);
            HISTORY.addNew(history, id, workOrder.history(), HISTORY.storedCount(h, id));
            Rows.executeIfAny(history);
            WorkOrderStatsDelta.moved(h, workOrder.quoteOwnerId(), before.get(), workOrder.status());
        });
    }

    @Override
    public Optional<WorkOrder> findById(WorkOrderId id) {
        return findOne("id", id.toString());
    }

    @Override
    public Optional<WorkOrder> findByQuoteId(QuoteId quoteId) {
        return findOne("quote_id", quoteId.toString());
    }

    @Override
    public Optional<WorkOrder> findByIdempotencyKey(String key) {
        return key == null ? Optional.empty() : findOne("idempotency_key", key);
    }

    @Override
    public List<WorkOrderSummary> findOpen(UserId quoteOwnerId) {
        Where where = new Where()
                .and("status NOT IN ('" + WorkOrderStatus.DELIVERED + "', '" + WorkOrderStatus.CANCELLED + "')")
                .andIfPresent("quote_owner_id = :ownerId", "ownerId",
                        quoteOwnerId == null ? null : quoteOwnerId.toString());
        return db.read(h -> where.bind(h.createQuery("SELECT " + SUMMARY_COLUMNS + " FROM work_orders" + where.sql()
                + " ORDER BY CASE WHEN estimated_delivery IS NULL THEN 1 ELSE 0 END, estimated_delivery, "
                + db.dialect().binaryOrder("number")))
                .map((rs, ctx) -> summary(rs))
                .list());
    }

    private static WorkOrderSummary summary(ResultSet rs) throws SQLException {
        return new WorkOrderSummary(new WorkOrderId(Columns.uuid(rs, "id")), rs.getString("number"),
                new QuoteId(Columns.uuid(rs, "quote_id")), rs.getString("quote_number"),
                new UserId(Columns.uuid(rs, "quote_owner_id")), rs.getString("customer_name"),
                Columns.enumValue(WorkOrderStatus.class, rs, "status"), Columns.enumValue(Priority.class, rs, "priority"),
                Columns.date(rs, "estimated_delivery"), Columns.instant(rs, "created_at"),
                Columns.instant(rs, "completed_at"));
    }

    /** Newest first. */
    @Override
    public Page<WorkOrderSummary> search(WorkOrderSearch search, PageRequest page) {
        Where where = new Where()
                .andIfPresent("quote_owner_id = :ownerId", "ownerId",
                        search.quoteOwnerId() == null ? null : search.quoteOwnerId().toString())
                .andIfPresent("status = :status", "status", search.status() == null ? null : search.status().name())
                .andIfPresent("priority = :priority", "priority",
                        search.priority() == null ? null : search.priority().name())
                .andIfPresent("(LOWER(number) LIKE :text ESCAPE '!' OR LOWER(quote_number) LIKE :text ESCAPE '!'"
                        + " OR customer_name_folded LIKE :text ESCAPE '!')", "text",
                        search.text() == null ? null : Columns.containsPattern(search.text()));
        return db.read(h -> {
            long total = where.bind(h.createQuery("SELECT COUNT(*) FROM work_orders" + where.sql()))
                    .mapTo(Long.class)
                    .one();
            List<WorkOrderSummary> items = where.bind(h.createQuery("SELECT " + SUMMARY_COLUMNS
                    + " FROM work_orders" + where.sql() + " ORDER BY created_at DESC, "
                    + db.dialect().binaryOrder("number") + " DESC LIMIT :limit OFFSET :offset"))
                    .bind("limit", page.size())
                    .bind("offset", page.offset())
                    .map((rs, ctx) -> summary(rs))
                    .list();
            return new Page<>(items, total, page.page(), page.size());
        });
    }

    private Optional<WorkOrder> findOne(String column, String value) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM work_orders WHERE " + column + " = :value")
                .bind("value", value)
                .map((rs, ctx) -> new StoredRow(rs))
                .findOne()
                .map(row -> row.toWorkOrder(h)));
    }

    private static ConflictException duplicate(Handle h, WorkOrder workOrder) {
        if (Rows.exists(h, "work_orders", "quote_id", workOrder.quoteId().toString())) {
            return new DuplicateWorkOrderException("quote " + workOrder.quoteNumber() + " already has a work order");
        }
        if (workOrder.idempotencyKey().isPresent()
                && Rows.exists(h, "work_orders", "idempotency_key", workOrder.idempotencyKey().get())) {
            return new DuplicateWorkOrderException("idempotency key " + workOrder.idempotencyKey().get()
                    + " was already used");
        }
        return new ConflictException("work_order.duplicate_number",
                "work order " + workOrder.number() + " (id " + workOrder.id() + ") already exists");
    }

    /** Binds the id and the fields that change after creation. */
    private static <S extends SqlStatement<S>> S bindState(S statement, WorkOrder workOrder) {
        WorkOrderDetails details = workOrder.details();
        return statement.bind("id", workOrder.id().toString())
                .bind("priority", details.priority().name())
                .bind("estimatedDelivery", Columns.date(details.estimatedDelivery()))
                .bind("productionNotes", details.productionNotes())
                .bind("deliveryInstructions", details.deliveryInstructions())
                .bind("status", workOrder.status().name())
                .bind("updatedAt", Columns.micros(workOrder.updatedAt()))
                .bind("completedAt", Columns.microsOrNull(workOrder.completedAt().orElse(null)));
    }

    /** A work order row as read, before its history is attached. */
    private final class StoredRow {
        private final String id;
        private final String number;
        private final QuoteId quoteId;
        private final String quoteNumber;
        private final int quoteRevision;
        private final UserId quoteOwnerId;
        private final String customer;
        private final String lines;
        private final String materials;
        private final UserId createdBy;
        private final Instant createdAt;
        private final String idempotencyKey;
        private final String requestFingerprint;
        private final WorkOrderDetails details;
        private final WorkOrderStatus status;
        private final Instant updatedAt;
        private final Instant completedAt;
        private final long version;

        StoredRow(ResultSet rs) throws SQLException {
            id = rs.getString("id");
            number = rs.getString("number");
            quoteId = new QuoteId(Columns.uuid(rs, "quote_id"));
            quoteNumber = rs.getString("quote_number");
            quoteRevision = rs.getInt("quote_revision");
            quoteOwnerId = new UserId(Columns.uuid(rs, "quote_owner_id"));
            customer = rs.getString("customer");
            lines = rs.getString("lines");
            materials = rs.getString("materials");
            createdBy = new UserId(Columns.uuid(rs, "created_by"));
            createdAt = Columns.instant(rs, "created_at");
            idempotencyKey = rs.getString("idempotency_key");
            requestFingerprint = rs.getString("request_fingerprint");
            LocalDate estimatedDelivery = Columns.date(rs, "estimated_delivery");
            details = new WorkOrderDetails(Columns.enumValue(Priority.class, rs, "priority"), estimatedDelivery,
                    rs.getString("production_notes"), rs.getString("delivery_instructions"));
            status = Columns.enumValue(WorkOrderStatus.class, rs, "status");
            updatedAt = Columns.instant(rs, "updated_at");
            completedAt = Columns.instant(rs, "completed_at");
            version = rs.getLong("version");
        }

        WorkOrder toWorkOrder(Handle h) {
            return WorkOrder.restore(WorkOrderId.of(id), number, quoteId, quoteNumber, quoteRevision,
                    json.read(customer, Customer.class), json.read(lines, LINES), json.read(materials, MaterialsList.class),
                    quoteOwnerId, createdBy, createdAt, idempotencyKey, requestFingerprint, details, status, updatedAt,
                    completedAt, HISTORY.load(h, id), version);
        }
    }
}
