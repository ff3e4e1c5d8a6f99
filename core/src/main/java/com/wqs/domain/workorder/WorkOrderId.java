package com.wqs.domain.workorder;

import java.util.Objects;
import java.util.UUID;

public record WorkOrderId(UUID value) {
    public WorkOrderId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkOrderId newId() {
        return new WorkOrderId(UUID.randomUUID());
    }

    public static WorkOrderId of(String value) {
        return new WorkOrderId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
