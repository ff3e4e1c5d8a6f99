package com.wqs.application.service;

import com.wqs.application.port.in.CustomerHistory;
import com.wqs.application.port.in.CustomerHistoryUseCase;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.QuoteSort;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.quote.WinRate;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.user.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's history from the quotes the actor may see of them (the same narrowing as the quote list),
 * read page by page so every one counts, and the work orders of the converted ones.
 */
public final class CustomerHistoryService implements CustomerHistoryUseCase {
    private final Store store;

    public CustomerHistoryService(Store store) {
        this.store = store;
    }

    @Override
    public CustomerHistory history(Actor actor, CustomerId id) {
        return store.transactions().readOnly(() -> {
            Customer customer = store.customers().findById(id)
                    .orElseThrow(() -> new NotFoundException("customer", id));
            QuoteSearch search = FindQuotesService.visibleTo(actor,
                    new QuoteSearch(null, null, id, null, null, null, QuoteSort.CREATED_DESC));
            List<QuoteSummary> quotes = new ArrayList<>();
            Page<QuoteSummary> page;
            int number = 1;
            do {
                page = store.quotes().search(search, new PageRequest(number++, PageRequest.MAX_SIZE));
                quotes.addAll(page.items());
            } while (page.page() < page.totalPages());
            List<WorkOrderSummary> workOrders = quotes.stream()
                    .filter(q -> q.status() == QuoteStatus.CONVERTED)
                    .flatMap(q -> store.workOrders().findByQuoteId(q.id()).stream())
                    .map(WorkOrderSummary::of)
                    .sorted(Comparator.comparing(WorkOrderSummary::createdAt).reversed())
                    .toList();
            Map<QuoteStatus, Long> counts = new EnumMap<>(QuoteStatus.class);
            quotes.forEach(q -> counts.merge(q.status(), 1L, Long::sum));
            Money accepted = quotes.stream().filter(q -> WinRate.isWon(q.status())).map(QuoteSummary::total)
                    .reduce(Money.ZERO, Money::plus);
            Optional<Instant> lastContact = quotes.stream().map(QuoteSummary::updatedAt)
                    .max(Comparator.naturalOrder());
            return new CustomerHistory(customer, quotes, workOrders, accepted,
                    WinRate.of(status -> counts.getOrDefault(status, 0L)), lastContact);
        });
    }
}
