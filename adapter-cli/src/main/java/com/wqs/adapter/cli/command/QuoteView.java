package com.wqs.adapter.cli.command;

import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A quote as the CLI prints it in JSON. */
record QuoteView(QuoteId id, String number, QuoteStatus status, int revision, UserId ownerId, CustomerId customerId,
        LocalDate validUntil, String notes, String rejectionReason, Instant createdAt, Instant updatedAt,
        List<QuoteLine> lines, QuotePricing pricing, List<Integer> sentRevisions,
        List<StatusChange<QuoteStatus>> history) {

    static QuoteView of(Quote quote) {
        return new QuoteView(quote.id(), quote.number(), quote.status(), quote.revision(), quote.ownerId(),
                quote.customerId(), quote.validUntil(), quote.notes(), quote.rejectionReason().orElse(null),
                quote.createdAt(), quote.updatedAt(), quote.lines(), quote.pricing(),
                quote.revisions().stream().map(r -> r.revision()).toList(), quote.history());
    }
}
