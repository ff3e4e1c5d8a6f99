package com.wqs.application.inmemory;

import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteRepository;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.QuoteSort;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ConflictException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

final class InMemoryQuoteRepository implements QuoteRepository {
    private static final Comparator<QuoteSummary> BY_NUMBER = Comparator.comparing(QuoteSummary::number);
    private static final Comparator<QuoteSummary> BY_CREATED =
            Comparator.comparing(QuoteSummary::createdAt).thenComparing(BY_NUMBER);
    private static final Comparator<QuoteSummary> BY_TOTAL =
            Comparator.comparing(QuoteSummary::total).thenComparing(BY_NUMBER);

    private final InMemoryDatabase database;

    InMemoryQuoteRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public void insert(Quote quote) {
        insertAll(List.of(quote));
    }

    @Override
    public void insertAll(List<Quote> quotes) {
        database.write(tables -> {
            // Every quote is checked before any is stored: all of them or none.
            Set<String> numbers = new HashSet<>();
            tables.quotes.values().forEach(q -> numbers.add(q.number()));
            Set<QuoteId> ids = new HashSet<>(tables.quotes.keySet());
            for (Quote quote : quotes) {
                if (!ids.add(quote.id())) {
                    throw new ConflictException("quote.duplicate", "quote " + quote.id() + " already exists");
                }
                if (!numbers.add(quote.number())) {
                    throw new ConflictException("quote.duplicate", "quote number " + quote.number() + " is taken");
                }
            }
            quotes.forEach(quote -> tables.quotes.put(quote.id(), QuoteRows.copy(quote, 0)));
        });
    }

    @Override
    public void update(Quote quote) {
        database.write(tables -> {
            Quote stored = tables.quotes.get(quote.id());
            long version = Versions.next("quote", quote.id(), stored == null ? null : stored.version(),
                    quote.version());
            tables.quotes.put(quote.id(), QuoteRows.copy(quote, version));
        });
    }

    @Override
    public Optional<Quote> findById(QuoteId id) {
        return database.read(tables -> Optional.ofNullable(tables.quotes.get(id))
                .map(stored -> QuoteRows.copy(stored, stored.version())));
    }

    @Override
    public Page<QuoteSummary> search(QuoteSearch search, PageRequest page) {
        return database.read(tables -> {
            List<QuoteSummary> matches = tables.quotes.values().stream()
                    .filter(matching(search))
                    .map(quote -> QuoteRows.summary(quote, tables))
                    .filter(summary -> Listing.contains(summary.number(), search.text())
                            || Listing.contains(summary.customerName(), search.text()))
                    .sorted(order(search.sort()))
                    .toList();
            return Listing.page(matches, page);
        });
    }

    @Override
    public List<QuoteId> findSentValidBefore(LocalDate date) {
        return database.read(tables -> tables.quotes.values().stream()
                .filter(q -> q.status() == QuoteStatus.SENT && q.validUntil().isBefore(date))
                .sorted(Comparator.comparing(Quote::validUntil).thenComparing(Quote::number))
                .map(Quote::id)
                .toList());
    }

    @Override
    public boolean existsForCustomer(CustomerId customerId) {
        return database.read(tables -> tables.quotes.values().stream()
                .anyMatch(q -> q.customerId().equals(customerId)));
    }

    private static Predicate<Quote> matching(QuoteSearch search) {
        return quote -> (search.ownerId() == null || search.ownerId().equals(quote.ownerId()))
                && (search.status() == null || search.status() == quote.status())
                && !(search.excludeDrafts() && quote.status() == QuoteStatus.DRAFT)
                && (search.customerId() == null || search.customerId().equals(quote.customerId()))
                && (search.createdFrom() == null || !quote.createdAt().isBefore(search.createdFrom()))
                && (search.createdTo() == null || quote.createdAt().isBefore(search.createdTo()));
    }

    /** Ties are broken by number in the same direction, so pages never overlap. */
    private static Comparator<QuoteSummary> order(QuoteSort sort) {
        return switch (sort) {
            case CREATED_ASC -> BY_CREATED;
            case CREATED_DESC -> BY_CREATED.reversed();
            case TOTAL_ASC -> BY_TOTAL;
            case TOTAL_DESC -> BY_TOTAL.reversed();
            case NUMBER_ASC -> BY_NUMBER;
            case NUMBER_DESC -> BY_NUMBER.reversed();
        };
    }
}
