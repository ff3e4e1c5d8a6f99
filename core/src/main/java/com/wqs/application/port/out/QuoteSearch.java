package com.wqs.application.port.out;

import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.user.UserId;
import java.time.Instant;

/**
 * Filters for listing quotes; every null field means "any". {@code text} matches the number or the
 * customer's name (case-insensitive, contains). {@code createdFrom} inclusive, {@code createdTo} exclusive.
 * {@code excludeDrafts} leaves DRAFT quotes out (PRODUCTION never sees drafts).
 */
public record QuoteSearch(UserId ownerId, QuoteStatus status, CustomerId customerId, String text,
        Instant createdFrom, Instant createdTo, QuoteSort sort, boolean excludeDrafts) {
    public QuoteSearch {
        sort = sort == null ? QuoteSort.CREATED_DESC : sort;
        text = text == null || text.isBlank() ? null : text.trim();
    }

    /** Drafts included. */
    public QuoteSearch(UserId ownerId, QuoteStatus status, CustomerId customerId, String text,
            Instant createdFrom, Instant createdTo, QuoteSort sort) {
        this(ownerId, status, customerId, text, createdFrom, createdTo, sort, false);
    }

    public static QuoteSearch all() {
        return new QuoteSearch(null, null, null, null, null, null, QuoteSort.CREATED_DESC);
    }

    public QuoteSearch withOwner(UserId owner) {
        return new QuoteSearch(owner, status, customerId, text, createdFrom, createdTo, sort, excludeDrafts);
    }

    public QuoteSearch withoutDrafts() {
        return new QuoteSearch(ownerId, status, customerId, text, createdFrom, createdTo, sort, true);
    }
}
