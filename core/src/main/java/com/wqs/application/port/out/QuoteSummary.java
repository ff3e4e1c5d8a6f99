package com.wqs.application.port.out;

import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.Money;
import com.wqs.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A quote as shown in lists: no lines. {@code total} is the current priced total; {@code customerName} the
 * customer's current name.
 */
public record QuoteSummary(QuoteId id, String number, UserId ownerId, CustomerId customerId, String customerName,
        QuoteStatus status, int revision, Money total, LocalDate validUntil, Instant createdAt, Instant updatedAt) {
}
