package com.wqs.adapter.web.api.dto;

/**
 * {@code UP} and the application's version (as {@code wqs --version} prints it); readiness failures are answered
 * with a 503 problem instead.
 */
public record HealthResponse(String status, String version) {
}
