package com.wqs.adapter.persistence;

import com.wqs.application.port.out.CutListReleaseRepository;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.CutListRelease;
import com.wqs.domain.workorder.WorkOrderId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Released cut lists. The primary key of {@code cut_list_release_orders} on the work order keeps a work order
 * in one release: each order row is inserted with {@code ON CONFLICT DO NOTHING} (so a refused insert does not
 * abort a surrounding PostgreSQL transaction; a racing insert waits for the other transaction and is skipped
 * once it commits), and a skipped row removes what this insert wrote before it is reported as a CONFLICT
 * ({@code already_released}), whether or not the insert runs inside a larger transaction.
 */
final class JdbiCutListReleaseRepository implements CutListReleaseRepository {
    private static final String COLUMNS = "id, kerf_mm, trim_mm, mitre_allowance_mm, min_offcut_mm, released_by,"
            + " released_at";

    private final Database db;

    JdbiCutListReleaseRepository(Database db) {
        this.db = db;
    }

    @Override
    public CutListRelease insert(CutListRelease release) {
        requireDistinct(release.workOrders());
        long micros = Columns.micros(release.releasedAt());
        CuttingSettings settings = release.settings();
        return db.write(h -> {
            long id = h.createQuery("INSERT INTO cut_list_releases (kerf_mm, trim_mm, mitre_allowance_mm,"
                    + " min_offcut_mm, released_by, released_at) VALUES (:kerf, :trim, :mitre, :minOffcut,"
                    + " :releasedBy, :releasedAt) RETURNING id")
                    .bind("kerf", settings.kerfMm())
                    .bind("trim", settings.trimMm())
                    .bind("mitre", settings.mitreAllowanceMm())
                    .bind("minOffcut", settings.minOffcutMm())
                    .bind("releasedBy", release.releasedBy().toString())
                    .bind("releasedAt", micros)
                    .mapTo(Long.class)
                    .one();
            List<WorkOrderId> workOrders = release.workOrders();
            for (int position = 0; position < workOrders.size(); position++) {
                WorkOrderId workOrder = workOrders.get(position);
                int inserted = h.createUpdate("INSERT INTO cut_list_release_orders (work_order_id, release_id, position)"
                        + " VALUES (:workOrder, :releaseId, :position) ON CONFLICT DO NOTHING")
                        .bind("workOrder", workOrder.toString())
                        .bind("releaseId", id)
                        .bind("position", position)
                        .execute();
                if (inserted == 0) {
                    ConflictException conflict = alreadyReleased(h, workOrder);
                    deleteRows(h, id);
                    throw conflict;
                }
            }
            return new CutListRelease(id, workOrders, settings, release.releasedBy(), Columns.instant(micros));
        });
    }

    @Override
    public Optional<CutListRelease> findById(long id) {
        return db.read(h -> find(h, id));
    }

    @Override
    public Optional<CutListRelease> findByWorkOrder(WorkOrderId workOrder) {
        return db.read(h -> releaseOf(h, workOrder).flatMap(id -> find(h, id)));
    }

    /** The order rows go with the release (also by ON DELETE CASCADE; removed here as well, explicitly). */
    @Override
    public void delete(long id) {
        db.writeVoid(h -> deleteRows(h, id));
    }

    private static void deleteRows(Handle h, long id) {
        h.createUpdate("DELETE FROM cut_list_release_orders WHERE release_id = :id").bind("id", id).execute();
        h.createUpdate("DELETE FROM cut_list_releases WHERE id = :id").bind("id", id).execute();
    }

    private static Optional<CutListRelease> find(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM cut_list_releases WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new StoredRelease(rs.getLong("id"),
                        new CuttingSettings(rs.getInt("kerf_mm"), rs.getInt("trim_mm"), rs.getInt("mitre_allowance_mm"),
                                rs.getInt("min_offcut_mm")),
                        new UserId(Columns.uuid(rs, "released_by")), Columns.instant(rs, "released_at")))
                .findOne()
                .map(row -> row.withWorkOrders(h.createQuery("SELECT work_order_id FROM cut_list_release_orders"
                        + " WHERE release_id = :id ORDER BY position")
                        .bind("id", id)
                        .map((rs, ctx) -> WorkOrderId.of(rs.getString("work_order_id")))
                        .list()));
    }

    private static Optional<Long> releaseOf(Handle h, WorkOrderId workOrder) {
        return h.createQuery("SELECT release_id FROM cut_list_release_orders WHERE work_order_id = :workOrder")
                .bind("workOrder", workOrder.toString())
                .mapTo(Long.class)
                .findOne();
    }

    /** Names the work order by its number when it has one stored, and the release it is in when it still is. */
    private static ConflictException alreadyReleased(Handle h, WorkOrderId workOrder) {
        String name = h.createQuery("SELECT number FROM work_orders WHERE id = :id")
                .bind("id", workOrder.toString())
                .mapTo(String.class)
                .findOne()
                .orElse(workOrder.toString());
        String release = releaseOf(h, workOrder).map(id -> "cut-list release " + id).orElse("a cut-list release");
        return new ConflictException("already_released", "work order " + name + " is already in " + release);
    }

    private static void requireDistinct(List<WorkOrderId> workOrders) {
        Set<WorkOrderId> seen = new HashSet<>();
        for (WorkOrderId workOrder : workOrders) {
            if (!seen.add(workOrder)) {
                throw new IllegalArgumentException("work order " + workOrder + " is listed twice in the release");
            }
        }
    }

    /** A release row as read, before its work orders are attached. */
    private record StoredRelease(long id, CuttingSettings settings, UserId releasedBy, Instant releasedAt) {
        CutListRelease withWorkOrders(List<WorkOrderId> workOrders) {
            return new CutListRelease(id, workOrders, settings, releasedBy, releasedAt);
        }
    }
}
