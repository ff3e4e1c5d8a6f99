package com.wqs.application.inmemory;

import com.wqs.application.port.out.QuoteSummary;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;

/** How quotes are kept (private copies) and shown in lists (with the customer's current name). */
final class QuoteRows {
    private QuoteRows() {
    }

    /** A copy that shares nothing mutable with {@code quote}, carrying {@code version}. */
    static Quote copy(Quote quote, long version) {
        return Quote.restore(quote.id(), quote.number(), quote.ownerId(), quote.customerId(), quote.lines(),
                quote.pricing(), quote.validUntil(), quote.notes(), quote.revision(), quote.status(),
                quote.rejectionReason().orElse(null), quote.createdAt(), quote.updatedAt(), quote.revisions(),
                quote.history(), version);
    }

    static QuoteSummary summary(Quote quote, Tables tables) {
        return new QuoteSummary(quote.id(), quote.number(), quote.ownerId(), quote.customerId(),
                customerName(quote, tables), quote.status(), quote.revision(), quote.pricing().total(),
                quote.validUntil(), quote.createdAt(), quote.updatedAt());
    }

    static String customerName(Quote quote, Tables tables) {
        Customer customer = tables.customers.get(quote.customerId());
        return customer == null ? "" : customer.name();
    }
}
