package com.wqs.application.inmemory;

import com.wqs.application.port.out.CutListReleaseRepository;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.workorder.CutListRelease;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Released cut lists: ids from a sequence; a work order is in at most one release, checked inside the
 * database lock as the SQL stores' primary key on the work order does, so an insert that meets a work order
 * already released writes nothing (the CONFLICT names it by its number, when stored); a work order listed twice
 * is an {@link IllegalArgumentException}.
 */
final class InMemoryCutListReleaseRepository implements CutListReleaseRepository {
    static final String SEQUENCE = "cut_list_release";

    private final InMemoryDatabase database;

    InMemoryCutListReleaseRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public CutListRelease insert(CutListRelease release) {
        Objects.requireNonNull(release, "release");
        requireDistinct(release.workOrders());
        return database.writeAndGet(tables -> {
            for (WorkOrderId workOrder : release.workOrders()) {
                for (CutListRelease existing : tables.cutListReleases.values()) {
                    if (existing.workOrders().contains(workOrder)) {
                        WorkOrder stored = tables.workOrders.get(workOrder);
                        throw new ConflictException("already_released", "work order "
                                + (stored == null ? workOrder.toString() : stored.number())
                                + " is already in cut-list release " + existing.id());
                    }
                }
            }
            long id = tables.nextId(SEQUENCE);
            CutListRelease stored = new CutListRelease(id, release.workOrders(), release.settings(),
                    release.releasedBy(), release.releasedAt());
            tables.cutListReleases.put(id, stored);
            return stored;
        });
    }

    /** A work order listed twice is the caller's mistake, refused before anything is written (as the SQL stores do). */
    private static void requireDistinct(List<WorkOrderId> workOrders) {
        Set<WorkOrderId> seen = new HashSet<>();
        for (WorkOrderId workOrder : workOrders) {
            if (!seen.add(workOrder)) {
                throw new IllegalArgumentException("work order " + workOrder + " is listed twice in the release");
            }
        }
    }

    @Override
    public Optional<CutListRelease> findById(long id) {
        return database.read(tables -> Optional.ofNullable(tables.cutListReleases.get(id)));
    }

    @Override
    public Optional<CutListRelease> findByWorkOrder(WorkOrderId workOrder) {
        return database.read(tables -> tables.cutListReleases.values().stream()
                .filter(release -> release.workOrders().contains(workOrder))
                .findFirst());
    }

    @Override
    public void delete(long id) {
        database.write(tables -> tables.cutListReleases.remove(id));
    }
}
