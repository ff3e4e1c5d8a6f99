package com.wqs.adapter.web.api.dto;

import com.wqs.domain.quote.QuoteRevision;
import java.time.Instant;
import java.time.LocalDate;

/** A sent revision (its PDF: {@code GET /api/v1/quotes/{id}/pdf?revision=N}). */
public record RevisionResponse(int revision, Instant sentAt, LocalDate validUntil, String customerName, String total) {
    public static RevisionResponse from(QuoteRevision r) {
        return new RevisionResponse(r.revision(), r.sentAt(), r.validUntil(), r.customer().name(),
                Decimals.money(r.pricing().total()));
    }
}
