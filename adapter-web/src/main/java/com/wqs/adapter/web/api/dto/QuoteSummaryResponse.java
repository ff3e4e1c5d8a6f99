package com.wqs.adapter.web.api.dto;

import com.wqs.application.port.out.QuoteSummary;
import java.time.Instant;
import java.time.LocalDate;

public record QuoteSummaryResponse(String id, String number, String ownerId, String customerId, String customerName,
        String status, int revision, String total, LocalDate validUntil, Instant createdAt, Instant updatedAt) {
    public static QuoteSummaryResponse from(QuoteSummary s) {
        return new QuoteSummaryResponse(s.id().toString(), s.number(), s.ownerId().toString(),
                s.customerId().toString(), s.customerName(), s.status().name(), s.revision(), Decimals.money(s.total()),
                s.validUntil(), s.createdAt(), s.updatedAt());
    }
}
