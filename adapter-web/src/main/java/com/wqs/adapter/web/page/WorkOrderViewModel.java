package com.wqs.adapter.web.page;

import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.workorder.MaterialRequirement;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.util.List;

/** The work order page: the order, whether the user may change it, its timeline and any refusal. */
public record WorkOrderViewModel(WorkOrder workOrder, boolean canChange, List<TimelineEntry> timeline,
        FieldErrors errors, String error) {

    public String id() {
        return workOrder.id().toString();
    }

    /** The statuses it may move to next, the forward step first and cancelling last. */
    public List<WorkOrderStatus> nextStatuses() {
        if (!canChange) {
            return List.of();
        }
        return workOrder.status().next().stream()
                .sorted((a, b) -> Boolean.compare(a == WorkOrderStatus.CANCELLED, b == WorkOrderStatus.CANCELLED))
                .toList();
    }

    public boolean editable() {
        return canChange && workOrder.status() != WorkOrderStatus.DELIVERED
                && workOrder.status() != WorkOrderStatus.CANCELLED;
    }

    public List<MaterialRequirement> materials(MaterialCategory category) {
        return workOrder.materials().materials().stream().filter(m -> m.category() == category).toList();
    }
}
