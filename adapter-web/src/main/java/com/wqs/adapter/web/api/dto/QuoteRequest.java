package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;
import java.time.LocalDate;
import java.util.List;

/**
 * A draft's content; {@code rates} null means the defaults, {@code validUntil} null today + validity.
 * {@code version}, on a replace, is the version of the draft the client read: when someone saved since,
 * the answer is 409 ({@code quote.stale}) and nothing changes; without it the last write wins. Ignored on
 * create.
 */
public record QuoteRequest(String customerId, List<QuoteLineRequest> lines, RatesRequest rates, LocalDate validUntil,
        @MaxLength(TextLimits.NOTES) String notes, Long version) {
}
