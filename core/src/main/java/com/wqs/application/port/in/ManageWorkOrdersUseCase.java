package com.wqs.application.port.in;

import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.user.Actor;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.workorder.CutList;
import com.wqs.domain.workorder.MaterialsList;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.util.List;

/**
 * ADMIN and PRODUCTION read all work orders and change them; SALES read those of their own quotes
 * (others are NOT_FOUND) and change nothing.
 */
public interface ManageWorkOrdersUseCase {
    WorkOrder get(Actor actor, WorkOrderId id);

    Page<WorkOrderSummary> list(Actor actor, WorkOrderSearch search, PageRequest page);

    WorkOrder update(Actor actor, WorkOrderId id, WorkOrderDetails details);

    WorkOrder changeStatus(Actor actor, WorkOrderId id, WorkOrderStatus target, String note);

    /**
     * The materials list, with each profile's bars as priced and as its cut list cuts them: the released plan
     * when the work order is released on its own, else a plan with the shop's settings and the rack's offcuts
     * (none when it is in a batch release, or its pieces cannot be planned: {@code cutListProblem} says why).
     */
    MaterialsList materials(Actor actor, WorkOrderId id);

    /**
     * One optimised cutting plan over the given work orders (at least one, at most {@link #MAX_CUT_LIST_ORDERS},
     * each visible to the actor). When they are exactly the work orders of one release, that release's plan
     * (the same as at release time; {@code settings} are not used); otherwise a preview with {@code settings}
     * (null: {@link CuttingSettings#DEFAULTS}) and the offcuts on the rack now, which takes none of them
     * ({@link CutList#release()} null).
     *
     * @throws com.wqs.domain.shared.ValidationException for bad settings or a piece longer than a bar gives
     */
    CutList cutList(Actor actor, List<WorkOrderId> ids, CuttingSettings settings);

    /**
     * Releases one cutting plan across the given work orders to the workshop, in one transaction: plans them
     * with the shop's cutting settings and the offcuts on the rack, consumes the offcuts the plan cuts and puts
     * the remainders it keeps on the rack. Idempotent: when all of them are already in one release, that
     * release's plan is returned and nothing changes; a work order in another release, or one CANCELLED or
     * past MATERIALS_RECEIVED, is a CONFLICT naming it. Moving a work order to MATERIALS_ORDERED releases it on
     * its own unless it is released already (a work order with nothing to cut is not released then); cancelling
     * it before IN_PRODUCTION gives the release's offcuts back (and re-releases the other work orders of its
     * release without it, with the release's saw settings), unless another work order of the release has
     * reached IN_PRODUCTION: then, as when it is cancelled in production, the release stays.
     *
     * @return the released plan ({@link CutList#release()} set)
     */
    CutList release(Actor actor, List<WorkOrderId> ids);

    int MAX_CUT_LIST_ORDERS = 200;

    List<StatusChange<WorkOrderStatus>> history(Actor actor, WorkOrderId id);
}
