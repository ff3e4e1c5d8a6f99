package com.wqs.domain.workorder;

import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A cut list handed to the workshop: the work orders it covers (one plan across all of them), the saw settings
 * it was planned with, who released it and when. Releasing consumed the stock offcuts the plan cuts and put the
 * remainders it keeps on the rack (see {@code Offcut#createdByRelease}); the plan is re-derived from these
 * inputs (the optimiser is deterministic), so the saw sheet stays the same after release.
 *
 * <p>Its id is assigned by the store ({@code 0} until then).
 */
public record CutListRelease(long id, List<WorkOrderId> workOrders, CuttingSettings settings, UserId releasedBy,
        Instant releasedAt) {

    public CutListRelease {
        workOrders = List.copyOf(workOrders);
        if (workOrders.isEmpty()) {
            throw new IllegalArgumentException("a release covers at least one work order");
        }
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(releasedBy, "releasedBy");
        Objects.requireNonNull(releasedAt, "releasedAt");
    }
}
