package com.wqs.application.port.out;

import com.wqs.domain.workorder.CutListRelease;
import com.wqs.domain.workorder.WorkOrderId;
import java.util.Optional;

/** Released cut lists; a work order is in at most one release at a time. */
public interface CutListReleaseRepository {
    /**
     * Stores a release (its id is ignored) and returns it with the id the store assigned. A work order already
     * in a release throws {@link com.wqs.domain.shared.ConflictException} (code {@code already_released}),
     * enforced by the store itself (a primary key on the work order), not by a check before the insert.
     */
    CutListRelease insert(CutListRelease release);

    Optional<CutListRelease> findById(long id);

    /** The release the work order is in, if any. */
    Optional<CutListRelease> findByWorkOrder(WorkOrderId workOrder);

    /** Removes the release (its work orders may be released again); the rack is reverted by the offcut port. */
    void delete(long id);
}
