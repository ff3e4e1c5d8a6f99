package com.wqs.domain.quote;

import com.wqs.domain.customer.Customer;
import com.wqs.domain.pricing.QuotePricing;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** What was sent to the customer as revision N, frozen: the PDF of it is always regenerated from this. */
public record QuoteRevision(int revision, Instant sentAt, LocalDate validUntil, Customer customer,
        QuotePricing pricing, String notes) {
    public QuoteRevision {
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(pricing, "pricing");
        notes = notes == null ? "" : notes;
    }
}
