package com.wqs.adapter.web.api.dto;

import java.util.List;

/** The work orders (ids) whose cut list is released as one plan. */
public record CutListReleaseRequest(List<String> workOrders) {
}
