package com.wqs.adapter.web.page;

import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.workorder.MaterialRequirement;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderStatus;
import com.wqs.domain.workorder.GlassPane;
import java.math.BigDecimal;
import java.util.ArrayList;
import com.wqs.domain.workorder.MaterialsList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The work order page: the order, its materials list (with the cut list's bars), whether the user may change
 * it, its timeline and any refusal.
 */
public record WorkOrderViewModel(WorkOrder workOrder, MaterialsList materialsList, boolean canChange,
        List<TimelineEntry> timeline, FieldErrors errors, String error) {

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

    /** The glass panes of one glass material, in the order the materials list gives them, with their totals. */
    public record GlassGroup(String glassCode, String glassName, List<GlassPane> panes) {
        public int paneCount() {
            return panes.stream().mapToInt(GlassPane::quantity).sum();
        }

        public BigDecimal totalAreaM2() {
            return panes.stream().map(GlassPane::totalAreaM2).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The pane list per glass material, materials in the order they first appear. */
    public List<GlassGroup> glassGroups() {
        Map<String, List<GlassPane>> byGlass = new LinkedHashMap<>();
        for (GlassPane pane : materialsList.glassPanes()) {
            byGlass.computeIfAbsent(pane.glassCode(), code -> new ArrayList<>()).add(pane);
        }
        return byGlass.values().stream()
                .map(panes -> new GlassGroup(panes.get(0).glassCode(), panes.get(0).glassName(), List.copyOf(panes)))
                .toList();
    }

    public List<MaterialRequirement> materials(MaterialCategory category) {
        return materialsList.materials().stream().filter(m -> m.category() == category).toList();
    }
}
