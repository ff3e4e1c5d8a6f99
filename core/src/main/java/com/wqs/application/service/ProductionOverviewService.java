package com.wqs.application.service;

import com.wqs.application.port.in.ProductionOverview;
import com.wqs.application.port.in.ProductionOverviewUseCase;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.MaterialRequirement;
import com.wqs.domain.workorder.MaterialsList;
import com.wqs.domain.workorder.MaterialsListCalculator;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The production overview, read in one transaction from the open work orders' summaries. */
final class ProductionOverviewService implements ProductionOverviewUseCase {
    private final Store store;
    private final Clock clock;

    ProductionOverviewService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public ProductionOverview overview(Actor actor) {
        UserId owner = AccessPolicy.seesOnlyOwnQuotes(actor) ? actor.userId() : null;
        return store.transactions().readOnly(() -> {
            LocalDate today = LocalDate.ofInstant(clock.instant(), store.settings().get().zone());
            LocalDate weekEnd = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            Map<WorkOrderStatus, Long> byStatus = new EnumMap<>(WorkOrderStatus.class);
            for (WorkOrderStatus status : WorkOrderStatus.values()) {
                byStatus.put(status, store.workOrders()
                        .search(new WorkOrderSearch(owner, status, null, null), new PageRequest(1, 1)).total());
            }
            List<WorkOrderSummary> open = store.workOrders().findOpen(owner);
            List<WorkOrderSummary> overdue = new ArrayList<>();
            List<WorkOrderSummary> dueThisWeek = new ArrayList<>();
            List<WorkOrderSummary> next = new ArrayList<>();
            List<WorkOrderSummary> awaiting = new ArrayList<>();
            long withoutDelivery = 0;
            for (WorkOrderSummary order : open) {
                LocalDate due = order.estimatedDelivery();
                if (due == null) {
                    withoutDelivery++;
                } else if (due.isBefore(today)) {
                    overdue.add(order);
                } else {
                    if (!due.isAfter(weekEnd)) {
                        dueThisWeek.add(order);
                    }
                    if (next.size() < NEXT_DELIVERIES) {
                        next.add(order);
                    }
                }
                if (order.status() == WorkOrderStatus.PENDING) {
                    awaiting.add(order);
                }
            }
            return new ProductionOverview(today, weekEnd, byStatus, overdue, dueThisWeek, next, withoutDelivery,
                    awaiting, materialsOf(awaiting));
        });
    }

    /** The materials of these work orders, added up per material and colour. */
    private List<MaterialRequirement> materialsOf(List<WorkOrderSummary> orders) {
        List<MaterialsList> lists = new ArrayList<>(orders.size());
        for (WorkOrderSummary summary : orders) {
            lists.add(store.workOrders().findById(summary.id()).orElseThrow().materials());
        }
        return MaterialsListCalculator.totalOf(lists);
    }
}
