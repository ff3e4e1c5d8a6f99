package com.wqs.application.port.in;

import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.QuoteLine;
import java.time.LocalDate;
import java.util.List;

/**
 * The content of a draft quote. {@code rates} null means the defaults; {@code validUntil} null means
 * today + the configured validity.
 */
public record QuoteCommand(CustomerId customerId, List<QuoteLine> lines, RatesCommand rates, LocalDate validUntil,
        String notes) {
    public QuoteCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
