package com.wqs.application.service;

import com.wqs.application.port.in.ManageWorkOrdersUseCase;
import com.wqs.application.port.out.OffcutSearch;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.cutting.BarPlan;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import com.wqs.domain.workorder.CutList;
import com.wqs.domain.workorder.CutListPlanner;
import com.wqs.domain.workorder.CutListRelease;
import com.wqs.domain.workorder.MaterialsList;
import com.wqs.domain.workorder.ProfileCutPlan;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Moves the work order, and in the same transaction keeps its cut-list release in step: to
     * MATERIALS_ORDERED it is released on its own unless it is released already (a plan that cannot be made
     * fails the move); CANCELLED before IN_PRODUCTION undoes its release (see {@link #undoRelease}).
     */
    @Override
    public WorkOrder changeStatus(Actor actor, WorkOrderId id, WorkOrderStatus target, String note) {
        if (target == null) {
            throw new ValidationException("status", "is required");
        }
        return store.transactions().inTransaction(() -> {
            WorkOrder workOrder = visible(actor, id);
            requireWorkshop(actor);
            WorkOrderStatus from = workOrder.status();
            workOrder.moveTo(target, note, actor.userId(), clock.instant());
            store.workOrders().update(workOrder);
            if (target == WorkOrderStatus.MATERIALS_ORDERED) {
                releaseOnOrder(actor, workOrder);
            } else if (target == WorkOrderStatus.CANCELLED && from.compareTo(WorkOrderStatus.IN_PRODUCTION) < 0) {
                store.cutListReleases().findByWorkOrder(id).ifPresent(release -> undoRelease(actor, release, id));
            }
            return reload(id);
        });
    }

    @Override
    public MaterialsList materials(Actor actor, WorkOrderId id) {
        return store.transactions().readOnly(() -> {
            WorkOrder workOrder = visible(actor, id);
            MaterialsList materials = workOrder.materials();
            Optional<CutListRelease> release = store.cutListReleases().findByWorkOrder(id);
            if (release.isPresent() && release.get().workOrders().size() > 1) {
                // shared bars cannot be split per work order: the batch's cut list says how many
                return materials.withCutListProblem("cut in one plan with other work orders (cut-list release "
                        + release.get().id() + "): see that cut list for the bars");
            }
            try {
                return materials.withCutList(release.isPresent() ? releasedPlan(release.get())
                        : CutListPlanner.plan(List.of(workOrder), store.settings().get().cutting(),
                                store.offcuts().search(OffcutSearch.available()), null));
            } catch (ValidationException e) {
                return materials.withCutListProblem(e.errors().stream().map(FieldError::message)
                        .collect(java.util.stream.Collectors.joining("; ")));
            }
        });
    }

    /**
     * The released plan when the work orders are exactly those of one release; otherwise a preview with the
     * given settings (null: the defaults) and the offcuts on the rack now, taking none of them.
     */
    @Override
    public CutList cutList(Actor actor, List<WorkOrderId> ids, CuttingSettings settings) {
        List<WorkOrderId> wanted = cutListIds(ids);
        CuttingSettings used = settings == null ? CuttingSettings.DEFAULTS : settings;
        List<FieldError> errors = used.check("");
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.transactions().readOnly(() -> {
            List<WorkOrder> orders = new ArrayList<>();
            for (WorkOrderId id : wanted) {
                orders.add(visible(actor, id));
            }
            Optional<CutListRelease> released = releaseOfExactly(wanted);
            if (released.isPresent()) {
                return releasedPlan(released.get());
            }
            return CutListPlanner.plan(orders, used, store.offcuts().search(OffcutSearch.available()), null);
        });
    }

    @Override
    public CutList release(Actor actor, List<WorkOrderId> ids) {
        List<WorkOrderId> wanted = cutListIds(ids);
        return store.transactions().inTransaction(() -> {
            List<WorkOrder> orders = new ArrayList<>();
            for (WorkOrderId id : wanted) {
                orders.add(visible(actor, id));
            }
            requireWorkshop(actor);
            for (WorkOrder order : orders) {
                if (order.status() == WorkOrderStatus.CANCELLED
                        || order.status().compareTo(WorkOrderStatus.MATERIALS_RECEIVED) > 0) {
                    throw new ConflictException("work_order.not_releasable", "work order " + order.number() + " is "
                            + order.status() + ": only work orders up to MATERIALS_RECEIVED are released");
                }
            }
            Optional<CutListRelease> same = releaseOfExactly(wanted);
            if (same.isPresent()) {
                return releasedPlan(same.get());
            }
            for (WorkOrder order : orders) {
                Optional<CutListRelease> other = store.cutListReleases().findByWorkOrder(order.id());
                if (other.isPresent()) {
                    throw new ConflictException("already_released", "work order " + order.number()
                            + " is already in cut-list release " + other.get().id() + " (with "
                            + String.join(", ", numbers(other.get().workOrders())) + ")");
                }
            }
            return record(actor, orders, planForRelease(orders, store.settings().get().cutting()));
        });
    }

    @Override
    public List<StatusChange<WorkOrderStatus>> history(Actor actor, WorkOrderId id) {
        return get(actor, id).history();
    }

    /** The work order moved to MATERIALS_ORDERED is released alone, unless it is released or cuts nothing. */
    private void releaseOnOrder(Actor actor, WorkOrder workOrder) {
        if (store.cutListReleases().findByWorkOrder(workOrder.id()).isPresent()) {
            return;
        }
        CutList plan = planForRelease(List.of(workOrder), store.settings().get().cutting());
        // a work order without profile pieces has nothing for the saw: no release, nothing on the rack
        if (plan.profiles().stream().anyMatch(profile -> !profile.plan().bars().isEmpty())) {
            record(actor, List.of(workOrder), plan);
        }
    }

    /**
     * {@code cancelled} was cancelled before production: unless one of the release's work orders has reached
     * IN_PRODUCTION (then the bars are being cut and the release stays), the rack is reverted (consumed
     * offcuts back, the ones it created discarded), the release removed, and its other work orders that are
     * not cancelled released again together, with the release's own saw settings (they fitted those before,
     * so the new plan can always be made).
     */
    private void undoRelease(Actor actor, CutListRelease release, WorkOrderId cancelled) {
        List<WorkOrder> others = new ArrayList<>();
        for (WorkOrderId id : release.workOrders()) {
            if (!id.equals(cancelled)) {
                others.add(reload(id));
            }
        }
        if (others.stream().anyMatch(WorkOrderService::reachedProduction)) {
            return;
        }
        store.offcuts().revert(release.id());
        store.cutListReleases().delete(release.id());
        List<WorkOrder> remaining = others.stream()
                .filter(order -> order.status() != WorkOrderStatus.CANCELLED)
                .toList();
        if (!remaining.isEmpty()) {
            record(actor, remaining, planForRelease(remaining, release.settings()));
        }
    }

    private static boolean reachedProduction(WorkOrder order) {
        return order.history().stream().anyMatch(change -> change.to() == WorkOrderStatus.IN_PRODUCTION)
                || order.status() != WorkOrderStatus.CANCELLED
                        && order.status().compareTo(WorkOrderStatus.IN_PRODUCTION) >= 0;
    }

    /** A new plan for release: the given settings and every offcut on the rack now (in the rack's order). */
    private CutList planForRelease(List<WorkOrder> orders, CuttingSettings settings) {
        return CutListPlanner.plan(orders, settings, store.offcuts().search(OffcutSearch.available()), null);
    }

    /**
     * Stores the release of {@code plan}, the plan of {@code orders} (in their order), consumes every offcut it
     * cuts and puts every remainder it keeps on the rack; an offcut no longer available (another release took
     * it since it was read) is a CONFLICT, and the caller's transaction rolls back. Returns the plan with its
     * release.
     */
    private CutList record(Actor actor, List<WorkOrder> orders, CutList plan) {
        Instant now = clock.instant();
        List<WorkOrderId> ids = orders.stream().map(WorkOrder::id).toList();
        CutListRelease release = store.cutListReleases()
                .insert(new CutListRelease(0, ids, plan.settings(), actor.userId(), now));
        for (ProfileCutPlan profile : plan.profiles()) {
            for (BarPlan bar : profile.plan().bars()) {
                if (!bar.isNewBar() && !store.offcuts().consume(offcutId(bar.offcutId()), release.id())) {
                    throw new ConflictException("offcut.taken", "offcut " + bar.offcutId() + " was used by another"
                            + " cut list meanwhile; plan again");
                }
            }
        }
        String source = source(plan.workOrders());
        for (ProfileCutPlan profile : plan.profiles()) {
            for (BarPlan bar : profile.plan().bars()) {
                if (bar.remainderKept()) {
                    store.offcuts().insert(Offcut.available(profile.materialCode(), profile.colour(),
                            bar.remainderMm(), source, "bar " + bar.number() + " of " + profile.materialCode()
                                    + (profile.colour() == null ? "" : " " + profile.colour())
                                    + " in cut-list release " + release.id(), release.id(), now));
                }
            }
        }
        return new CutList(plan.workOrders(), plan.settings(), plan.profiles(), plan.notPlanned(), release);
    }

    /**
     * The plan the release handed to the workshop, derived again from its work orders, its settings and the
     * offcuts it consumed: the planner cuts every offcut of a released plan, so these give the same bars.
     */
    private CutList releasedPlan(CutListRelease release) {
        List<WorkOrder> orders = new ArrayList<>();
        for (WorkOrderId id : release.workOrders()) {
            orders.add(reload(id));
        }
        return CutListPlanner.plan(orders, release.settings(), store.offcuts().consumedBy(release.id()), release);
    }

    /** The release of exactly these work orders, if they are all in one release that holds no other. */
    private Optional<CutListRelease> releaseOfExactly(List<WorkOrderId> ids) {
        return store.cutListReleases().findByWorkOrder(ids.get(0))
                .filter(release -> Set.copyOf(release.workOrders()).equals(Set.copyOf(ids)));
    }

    /** The offcut's id in the store from its saw-sheet label ({@link Offcut#label(long)}). */
    private static long offcutId(String label) {
        return Offcut.idOf(label).orElseThrow(() -> new IllegalStateException(
                "the plan cuts an offcut that is not on the rack: " + label));
    }

    /** The work orders a remainder is left from, shortened to fit an offcut's source ("A, B and 12 more"). */
    static String source(List<String> workOrders) {
        String all = String.join(", ", workOrders);
        for (int shown = workOrders.size() - 1; all.length() > Offcut.MAX_SOURCE_LENGTH && shown > 0; shown--) {
            all = String.join(", ", workOrders.subList(0, shown)) + " and " + (workOrders.size() - shown) + " more";
        }
        return all.length() <= Offcut.MAX_SOURCE_LENGTH ? all : workOrders.size() + " work orders";
    }

    private List<String> numbers(List<WorkOrderId> ids) {
        return ids.stream().map(id -> store.workOrders().findById(id).map(WorkOrder::number).orElse(id.toString()))
                .toList();
    }

    /** Checks the work orders of a cut list or release: one at least, not too many; each once, in order. */
    private static List<WorkOrderId> cutListIds(List<WorkOrderId> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new ValidationException("workOrders", "name at least one work order");
        }
        if (ids.size() > MAX_CUT_LIST_ORDERS) {
            throw new ValidationException("workOrders", "at most " + MAX_CUT_LIST_ORDERS + " work orders per cut list");
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw new ValidationException("workOrders", "must not contain an empty id");
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private WorkOrder change(Actor actor, WorkOrderId id, Consumer<WorkOrder> change) {
        return store.transactions().inTransaction(() -> {
            WorkOrder workOrder = visible(actor, id);
            requireWorkshop(actor);
            change.accept(workOrder);
            store.workOrders().update(workOrder);
            return reload(id);
        });
    }

    private WorkOrder reload(WorkOrderId id) {
        return store.workOrders().findById(id).orElseThrow(() -> new NotFoundException("work_order", id));
    }

    private static void requireWorkshop(Actor actor) {
        Access.require(AccessPolicy.canChangeWorkOrders(actor), "only ADMIN and PRODUCTION change work orders");
    }

    private WorkOrder visible(Actor actor, WorkOrderId id) {
        return store.workOrders().findById(id)
                .filter(workOrder -> AccessPolicy.canSeeWorkOrder(actor, workOrder.quoteOwnerId()))
                .orElseThrow(() -> new NotFoundException("work_order", id));
    }
}
