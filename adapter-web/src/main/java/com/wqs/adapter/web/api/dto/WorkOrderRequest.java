package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.workorder.Priority;
import java.time.LocalDate;

/** Work order details: priority (default NORMAL), estimated delivery date, notes for the workshop and delivery. */
public record WorkOrderRequest(Priority priority, LocalDate estimatedDelivery,
        @MaxLength(TextLimits.NOTES) String productionNotes, @MaxLength(TextLimits.NOTES) String deliveryInstructions) {
}
