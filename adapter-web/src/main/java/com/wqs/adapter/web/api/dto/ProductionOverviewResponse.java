package com.wqs.adapter.web.api.dto;

import com.wqs.application.port.in.ProductionOverview;
import com.wqs.application.port.out.WorkOrderSummary;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The production overview on {@code today} (the shop's time zone). Open work orders are neither DELIVERED nor
 * CANCELLED. {@code byStatus}: every status, in lifecycle order. {@code overdue}: open, delivery before today,
 * oldest first. {@code dueThisWeek}: open, delivery from today to {@code weekEnd} (Sunday). {@code
 * nextDeliveries}: the next ten from today on. {@code awaitingMaterials}: the PENDING work orders, and {@code
 * materialsToOrder} what they need added up per material and colour (bars as each one's materials list counts
 * them; {@code cutBars} is always null here: one cut list over them, {@code GET /cut-lists}, shares bars).
 */
public record ProductionOverviewResponse(LocalDate today, LocalDate weekEnd, long open, Map<String, Long> byStatus,
        List<WorkOrderSummaryResponse> overdue, List<WorkOrderSummaryResponse> dueThisWeek,
        List<WorkOrderSummaryResponse> nextDeliveries, long withoutDelivery,
        List<WorkOrderSummaryResponse> awaitingMaterials, List<MaterialsListResponse.Requirement> materialsToOrder) {
    public static ProductionOverviewResponse from(ProductionOverview o) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        o.byStatus().forEach((status, count) -> byStatus.put(status.name(), count));
        return new ProductionOverviewResponse(o.today(), o.weekEnd(), o.open(), byStatus, summaries(o.overdue()),
                summaries(o.dueThisWeek()), summaries(o.nextDeliveries()), o.withoutDelivery(),
                summaries(o.awaitingMaterials()),
                o.materialsToOrder().stream().map(MaterialsListResponse.Requirement::from).toList());
    }

    private static List<WorkOrderSummaryResponse> summaries(List<WorkOrderSummary> list) {
        return list.stream().map(WorkOrderSummaryResponse::from).toList();
    }
}
