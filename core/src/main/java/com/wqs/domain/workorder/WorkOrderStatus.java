package com.wqs.domain.workorder;

import java.util.EnumSet;
import java.util.Set;

/** Production lifecycle; each status knows where it may go next. */
public enum WorkOrderStatus {
    PENDING,
    MATERIALS_ORDERED,
    MATERIALS_RECEIVED,
    IN_PRODUCTION,
    QUALITY_CHECK,
    READY_FOR_DELIVERY,
    DELIVERED,
    CANCELLED;

    public Set<WorkOrderStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(MATERIALS_ORDERED, CANCELLED);
            case MATERIALS_ORDERED -> EnumSet.of(MATERIALS_RECEIVED, CANCELLED);
            case MATERIALS_RECEIVED -> EnumSet.of(IN_PRODUCTION, CANCELLED);
            case IN_PRODUCTION -> EnumSet.of(QUALITY_CHECK, CANCELLED);
            case QUALITY_CHECK -> EnumSet.of(READY_FOR_DELIVERY, CANCELLED);
            case READY_FOR_DELIVERY -> EnumSet.of(DELIVERED, CANCELLED);
            case DELIVERED, CANCELLED -> EnumSet.noneOf(WorkOrderStatus.class);
        };
    }

    public boolean canMoveTo(WorkOrderStatus target) {
        return next().contains(target);
    }
}
