package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.workorder.WorkOrderStatus;

public record StatusChangeRequest(WorkOrderStatus to, @MaxLength(TextLimits.DESCRIPTION) String note) {
}
