package com.wqs.adapter.web.api.dto;

import com.wqs.domain.workorder.WorkOrderStatus;

public record StatusChangeRequest(WorkOrderStatus to, String note) {
}
