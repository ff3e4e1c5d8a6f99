package com.wqs.application.port.out;

import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface QuoteRepository {
    /** Stores a new quote (version 0). A duplicate id or number is a CONFLICT. */
    void insert(Quote quote);

    /**
     * Stores new quotes (version 0) as {@link #insert} does, with batched statements where the store has
     * them (the fast path of imports), in the current transaction or one of its own: all of them or,
     * when any id or number is taken (a CONFLICT), none.
     */
    void insertAll(List<Quote> quotes);

    /**
     * Stores the quote's current state, its new history entries and revisions, if the stored version
     * still equals {@code quote.version()}; the stored version is then incremented.
     *
     * @throws com.wqs.domain.shared.ConflictException when the stored version differs (stale update)
     */
    void update(Quote quote);

    Optional<Quote> findById(QuoteId id);

    Page<QuoteSummary> search(QuoteSearch search, PageRequest page);

    /** Ids of SENT quotes whose {@code validUntil} is before {@code date}. */
    List<QuoteId> findSentValidBefore(LocalDate date);

    /** Whether any quote references the customer (customers in use are not deleted). */
    boolean existsForCustomer(com.wqs.domain.customer.CustomerId customerId);
}
