package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;
import java.util.List;

/** The work orders (ids) whose cut list is released as one plan. */
public record CutListReleaseRequest(@MaxLength(TextLimits.ID) List<String> workOrders) {
}
