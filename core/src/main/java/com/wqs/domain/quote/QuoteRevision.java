package com.wqs.domain.quote;

import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.pricing.QuotePricing;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What was sent to the customer as revision N, frozen: the PDF of it is always regenerated from this.
 * {@code settings} are the installation settings in force at send (company data and logo, terms,
 * locale, zone, currency), so later edits never change the document; it is null only for revisions
 * sent before snapshots were kept, and for draft previews.
 */
public record QuoteRevision(int revision, Instant sentAt, LocalDate validUntil, Customer customer,
        QuotePricing pricing, String notes, Settings settings) {
    public QuoteRevision {
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(pricing, "pricing");
        notes = notes == null ? "" : notes;
    }

    /** A revision without a settings snapshot: a draft preview, or one sent before snapshots were kept. */
    public QuoteRevision(int revision, Instant sentAt, LocalDate validUntil, Customer customer, QuotePricing pricing,
            String notes) {
        this(revision, sentAt, validUntil, customer, pricing, notes, null);
    }

    /** The same revision with the customer's choice of options priced in. */
    public QuoteRevision withPricing(QuotePricing chosen) {
        return new QuoteRevision(revision, sentAt, validUntil, customer, chosen, notes, settings);
    }

    /** The settings frozen at send, if this revision has them. */
    public Optional<Settings> frozenSettings() {
        return Optional.ofNullable(settings);
    }
}
