package com.wqs.adapter.web.api.dto;

import com.wqs.domain.workorder.Priority;
import java.time.LocalDate;

/** Work order details: priority (default NORMAL), estimated delivery date, notes for the workshop and delivery. */
public record WorkOrderRequest(Priority priority, LocalDate estimatedDelivery, String productionNotes,
        String deliveryInstructions) {
}
