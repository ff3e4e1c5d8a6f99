package com.wqs.domain.workorder;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The editable part of a work order. */
public record WorkOrderDetails(Priority priority, LocalDate estimatedDelivery, String productionNotes,
        String deliveryInstructions) {
    public WorkOrderDetails {
        priority = priority == null ? Priority.NORMAL : priority;
        productionNotes = productionNotes == null ? "" : productionNotes;
        deliveryInstructions = deliveryInstructions == null ? "" : deliveryInstructions;
        List<FieldError> errors = new ArrayList<>();
        TextLimits.check(errors, "productionNotes", productionNotes, TextLimits.NOTES);
        TextLimits.check(errors, "deliveryInstructions", deliveryInstructions, TextLimits.NOTES);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
