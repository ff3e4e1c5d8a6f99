package com.wqs.adapter.web.api.dto;

import java.time.LocalDate;
import java.util.List;

/** A draft's content; {@code rates} null means the defaults, {@code validUntil} null today + validity. */
public record QuoteRequest(String customerId, List<QuoteLineRequest> lines, RatesRequest rates, LocalDate validUntil,
        String notes) {
}
