package com.wqs.domain.workorder;

import com.wqs.domain.shared.ValidationException;
import java.time.LocalDate;

/** The editable part of a work order. */
public record WorkOrderDetails(Priority priority, LocalDate estimatedDelivery, String productionNotes,
        String deliveryInstructions) {
    public WorkOrderDetails {
        priority = priority == null ? Priority.NORMAL : priority;
        productionNotes = productionNotes == null ? "" : productionNotes;
        deliveryInstructions = deliveryInstructions == null ? "" : deliveryInstructions;
        if (productionNotes.length() > 5000) {
            throw new ValidationException("productionNotes", "must be at most 5000 characters");
        }
        if (deliveryInstructions.length() > 5000) {
            throw new ValidationException("deliveryInstructions", "must be at most 5000 characters");
        }
    }
}
