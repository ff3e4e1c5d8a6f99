package com.wqs.adapter.persistence.contract;

import static com.wqs.testing.QuoteBuilder.aQuote;
import static com.wqs.testing.WorkOrderBuilder.aWorkOrder;

import com.wqs.application.port.out.contract.StoreContract;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.CutListRelease;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderId;
import java.util.Arrays;
import java.util.List;

/**
 * What the offcut-rack contracts ({@link OffcutRepositoryContract}, {@link CutListReleaseRepositoryContract})
 * share: stored work orders (a release refers to them) and releases (an offcut refers to them).
 *
 * <p>Written against the ports only, so that they can move to core's {@code port.out.contract} beside the
 * other contracts once the in-memory store implements the rack.
 */
public abstract class OffcutRackContract extends StoreContract {
    protected static final CuttingSettings SETTINGS = new CuttingSettings(3, 12, 5, 400);
    protected static final UserId RELEASER = UserId.of("0f6b1f3e-2a4c-4d6e-8f00-0000000000aa");

    /** A work order of an accepted quote, stored with its quote, owner and customer. */
    protected WorkOrder givenWorkOrder() {
        WorkOrder workOrder = aWorkOrder().forQuote(givenQuote(aQuote().accepted())).build();
        store.workOrders().insert(workOrder);
        return workOrder;
    }

    protected static CutListRelease releaseOf(WorkOrder... workOrders) {
        List<WorkOrderId> ids = Arrays.stream(workOrders).map(WorkOrder::id).toList();
        return new CutListRelease(0, ids, SETTINGS, RELEASER, NOW);
    }

    /** A stored release of a new work order. */
    protected CutListRelease givenRelease() {
        return store.cutListReleases().insert(releaseOf(givenWorkOrder()));
    }

    protected static Offcut anOffcut(String materialCode, String colour, int lengthMm) {
        return Offcut.available(materialCode, colour, lengthMm, "entered by hand", null, null, NOW);
    }

    protected Offcut givenOffcut(String materialCode, String colour, int lengthMm) {
        return store.offcuts().insert(anOffcut(materialCode, colour, lengthMm));
    }

    /** An offcut the release left on the rack. */
    protected Offcut givenOffcutLeftBy(CutListRelease release, int lengthMm) {
        return store.offcuts().insert(Offcut.available("PVC-FRAME-70", "WHITE", lengthMm,
                "WO " + release.workOrders().get(0), null, release.id(), NOW));
    }
}
