package com.wqs.adapter.web.page;

import com.wqs.adapter.web.i18n.Messages;
import com.wqs.application.port.in.ManageWorkOrdersUseCase;
import com.wqs.application.port.in.ProductionOverview;
import com.wqs.application.port.in.ProductionOverviewUseCase;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.util.List;

/** The production dashboard's model: the overview, with the bar lengths of its statuses. */
public record ProductionView(ProductionOverview overview, List<StatusRow> statuses) {
    /** One work-order status, its count and its bar as a share of the largest count (0..100). */
    public record StatusRow(WorkOrderStatus status, String label, long count, double share) {
    }

    public static ProductionView of(ProductionOverview overview, Messages messages) {
        long max = Math.max(1, overview.byStatus().values().stream().mapToLong(Long::longValue).max().orElse(0));
        return new ProductionView(overview, overview.byStatus().entrySet().stream()
                .map(e -> new StatusRow(e.getKey(), messages.label(e.getKey()), e.getValue(),
                        Math.round(1000.0 * e.getValue() / max) / 10.0))
                .toList());
    }

    /** The link to one optimised cut list over the work orders awaiting materials, or null when there is none to plan. */
    public String cutListOfAwaiting() {
        List<WorkOrderSummary> awaiting = overview.awaitingMaterials();
        if (awaiting.isEmpty() || awaiting.size() > ManageWorkOrdersUseCase.MAX_CUT_LIST_ORDERS) {
            return null;
        }
        return "/cut-lists?workOrders=" + String.join(",",
                awaiting.stream().map(WorkOrderSummary::id).map(WorkOrderId::toString).toList());
    }

    public int nextDeliveriesShown() {
        return ProductionOverviewUseCase.NEXT_DELIVERIES;
    }
}
