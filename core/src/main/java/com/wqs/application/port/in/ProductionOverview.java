package com.wqs.application.port.in;

import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.workorder.MaterialRequirement;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The production overview on {@code today} (in the shop's time zone). Open work orders are those neither
 * DELIVERED nor CANCELLED.
 *
 * @param byStatus how many work orders are in each status, every status listed (0 included), in lifecycle order
 * @param weekEnd the last day (Sunday) of this week; due this week means from today to it
 * @param overdue open work orders whose estimated delivery is before today, the oldest first
 * @param dueThisWeek open work orders to deliver from today to {@code weekEnd}, the soonest first
 * @param nextDeliveries the next {@link ProductionOverviewUseCase#NEXT_DELIVERIES} open work orders to deliver
 *     from today on, the soonest first
 * @param withoutDelivery how many open work orders have no estimated delivery yet
 * @param awaitingMaterials the PENDING work orders: their materials are not ordered yet
 * @param materialsToOrder what those work orders need, added up per material and colour (bars as each
 *     work order's own materials list counts them), by category then code
 */
public record ProductionOverview(LocalDate today, LocalDate weekEnd, Map<WorkOrderStatus, Long> byStatus,
        List<WorkOrderSummary> overdue, List<WorkOrderSummary> dueThisWeek, List<WorkOrderSummary> nextDeliveries,
        long withoutDelivery, List<WorkOrderSummary> awaitingMaterials, List<MaterialRequirement> materialsToOrder) {
    public ProductionOverview {
        byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus));
        overdue = List.copyOf(overdue);
        dueThisWeek = List.copyOf(dueThisWeek);
        nextDeliveries = List.copyOf(nextDeliveries);
        awaitingMaterials = List.copyOf(awaitingMaterials);
        materialsToOrder = List.copyOf(materialsToOrder);
    }

    /** The open work orders (neither delivered nor cancelled). */
    public long open() {
        return byStatus.entrySet().stream()
                .filter(e -> e.getKey() != WorkOrderStatus.DELIVERED && e.getKey() != WorkOrderStatus.CANCELLED)
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
