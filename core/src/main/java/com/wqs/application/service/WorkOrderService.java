package com.wqs.application.service;

import com.wqs.application.port.in.ManageWorkOrdersUseCase;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import com.wqs.domain.workorder.CutList;
import com.wqs.domain.workorder.CutListPlanner;
import com.wqs.domain.workorder.MaterialsList;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Work orders: ADMIN and PRODUCTION read and change all of them; SALES read those of their own quotes
 * (others are NOT_FOUND) and may change none (FORBIDDEN).
 */
public final class WorkOrderService implements ManageWorkOrdersUseCase {
    private final Store store;
    private final Clock clock;

    public WorkOrderService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public WorkOrder get(Actor actor, WorkOrderId id) {
        return store.transactions().readOnly(() -> visible(actor, id));
    }

    @Override
    public Page<WorkOrderSummary> list(Actor actor, WorkOrderSearch search, PageRequest page) {
        WorkOrderSearch given = search == null ? WorkOrderSearch.all() : search;
        // Only SALES are limited, to the work orders of their own quotes; asking for others' finds none.
        if (AccessPolicy.seesOnlyOwnQuotes(actor) && given.quoteOwnerId() != null
                && !given.quoteOwnerId().equals(actor.userId())) {
            return new Page<>(List.of(), 0, page.page(), page.size());
        }
        WorkOrderSearch visible = AccessPolicy.seesOnlyOwnQuotes(actor) ? given.withQuoteOwner(actor.userId()) : given;
        return store.transactions().readOnly(() -> store.workOrders().search(visible, page));
    }

    @Override
    public WorkOrder update(Actor actor, WorkOrderId id, WorkOrderDetails details) {
        Objects.requireNonNull(details, "details");
        return change(actor, id, workOrder -> workOrder.updateDetails(details, clock.instant()));
    }

    @Override
    public WorkOrder changeStatus(Actor actor, WorkOrderId id, WorkOrderStatus target, String note) {
        if (target == null) {
            throw new ValidationException("status", "is required");
        }
        return change(actor, id, workOrder -> workOrder.moveTo(target, note, actor.userId(), clock.instant()));
    }

    @Override
    public MaterialsList materials(Actor actor, WorkOrderId id) {
        return get(actor, id).materials();
    }

    @Override
    public CutList cutList(Actor actor, List<WorkOrderId> ids, CuttingSettings settings) {
        if (ids == null || ids.isEmpty()) {
            throw new ValidationException("workOrders", "name at least one work order");
        }
        if (ids.size() > MAX_CUT_LIST_ORDERS) {
            throw new ValidationException("workOrders", "at most " + MAX_CUT_LIST_ORDERS + " work orders per cut list");
        }
        CuttingSettings used = settings == null ? CuttingSettings.DEFAULTS : settings;
        List<FieldError> errors = used.check("");
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<WorkOrder> orders = new ArrayList<>();
        for (WorkOrderId id : new LinkedHashSet<>(ids)) {
            orders.add(get(actor, id));
        }
        return CutListPlanner.plan(orders, used);
    }

    @Override
    public CutList release(Actor actor, List<WorkOrderId> ids) {
        throw new UnsupportedOperationException("cut-list release: not implemented yet");
    }

    @Override
    public List<StatusChange<WorkOrderStatus>> history(Actor actor, WorkOrderId id) {
        return get(actor, id).history();
    }

    private WorkOrder change(Actor actor, WorkOrderId id, Consumer<WorkOrder> change) {
        return store.transactions().inTransaction(() -> {
            WorkOrder workOrder = visible(actor, id);
            Access.require(AccessPolicy.canChangeWorkOrders(actor), "only ADMIN and PRODUCTION change work orders");
            change.accept(workOrder);
            store.workOrders().update(workOrder);
            return store.workOrders().findById(id).orElseThrow(() -> new NotFoundException("work_order", id));
        });
    }

    private WorkOrder visible(Actor actor, WorkOrderId id) {
        return store.workOrders().findById(id)
                .filter(workOrder -> AccessPolicy.canSeeWorkOrder(actor, workOrder.quoteOwnerId()))
                .orElseThrow(() -> new NotFoundException("work_order", id));
    }
}
