package com.wqs.adapter.web.api.dto;

/** {@code UP}; readiness failures are answered with a 503 problem instead. */
public record HealthResponse(String status) {
}
