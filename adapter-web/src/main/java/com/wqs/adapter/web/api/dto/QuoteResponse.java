package com.wqs.adapter.web.api.dto;

import com.wqs.domain.quote.Quote;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record QuoteResponse(String id, String number, String ownerId, String customerId, String status, int revision,
        LocalDate validUntil, String notes, String rejectionReason, List<QuoteLineResponse> lines,
        PricingResponse pricing, List<RevisionResponse> revisions, Instant createdAt, Instant updatedAt,
        long version) {
    public static QuoteResponse from(Quote q) {
        return new QuoteResponse(q.id().toString(), q.number(), q.ownerId().toString(), q.customerId().toString(),
                q.status().name(), q.revision(), q.validUntil(), q.notes(), q.rejectionReason().orElse(null),
                q.lines().stream().map(QuoteLineResponse::from).toList(), PricingResponse.from(q.pricing()),
                q.revisions().stream().map(RevisionResponse::from).toList(), q.createdAt(), q.updatedAt(),
                q.version());
    }
}
