package com.wqs.application.service;

import com.wqs.application.port.out.ApiTokenRepository;
import com.wqs.application.port.out.CustomerRepository;
import com.wqs.application.port.out.LaborRateRepository;
import com.wqs.application.port.out.LoginAttemptRepository;
import com.wqs.application.port.out.MaterialRepository;
import com.wqs.application.port.out.NumberAllocator;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.ProductRepository;
import com.wqs.application.port.out.QuoteRepository;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.QuoteStatistics;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.application.port.out.SessionRepository;
import com.wqs.application.port.out.SettingsRepository;
import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.TransactionRunner;
import com.wqs.application.port.out.UserRepository;
import com.wqs.application.port.out.WorkOrderRepository;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A store whose reads are one step behind until the next work order insert: it returns an old copy of
 * a quote and no work orders, as a request that read just before a concurrent conversion committed
 * would see them. The insert then meets the real unique constraint.
 */
final class StaleReadsStore implements Store {
    private final Store store;
    private final Quote staleQuote;
    private volatile boolean stale = true;

    StaleReadsStore(Store store, Quote staleQuote) {
        this.store = store;
        this.staleQuote = staleQuote;
    }

    @Override
    public QuoteRepository quotes() {
        QuoteRepository quotes = store.quotes();
        return new QuoteRepository() {
            @Override
            public void insert(Quote quote) {
                quotes.insert(quote);
            }

            @Override
            public void insertAll(List<Quote> newQuotes) {
                quotes.insertAll(newQuotes);
            }

            @Override
            public void update(Quote quote) {
                quotes.update(quote);
            }

            @Override
            public Optional<Quote> findById(QuoteId id) {
                return stale && id.equals(staleQuote.id()) ? Optional.of(staleQuote) : quotes.findById(id);
            }

            @Override
            public Page<QuoteSummary> search(QuoteSearch search, PageRequest page) {
                return quotes.search(search, page);
            }

            @Override
            public List<QuoteId> findSentValidBefore(LocalDate date) {
                return quotes.findSentValidBefore(date);
            }

            @Override
            public boolean existsForCustomer(CustomerId customerId) {
                return quotes.existsForCustomer(customerId);
            }
        };
    }

    @Override
    public WorkOrderRepository workOrders() {
        WorkOrderRepository workOrders = store.workOrders();
        return new WorkOrderRepository() {
            @Override
            public void insert(WorkOrder workOrder) {
                stale = false;
                workOrders.insert(workOrder);
            }

            @Override
            public void update(WorkOrder workOrder) {
                workOrders.update(workOrder);
            }

            @Override
            public Optional<WorkOrder> findById(WorkOrderId id) {
                return workOrders.findById(id);
            }

            @Override
            public Optional<WorkOrder> findByQuoteId(QuoteId quoteId) {
                return stale ? Optional.empty() : workOrders.findByQuoteId(quoteId);
            }

            @Override
            public Optional<WorkOrder> findByIdempotencyKey(String key) {
                return stale ? Optional.empty() : workOrders.findByIdempotencyKey(key);
            }

            @Override
            public List<WorkOrderSummary> findOpen(com.wqs.domain.user.UserId quoteOwnerId) {
                return workOrders.findOpen(quoteOwnerId);
            }

            @Override
            public Page<WorkOrderSummary> search(WorkOrderSearch search, PageRequest page) {
                return workOrders.search(search, page);
            }
        };
    }

    @Override
    public TransactionRunner transactions() {
        return store.transactions();
    }

    @Override
    public NumberAllocator numbers() {
        return store.numbers();
    }

    @Override
    public CustomerRepository customers() {
        return store.customers();
    }

    @Override
    public MaterialRepository materials() {
        return store.materials();
    }

    @Override
    public ProductRepository products() {
        return store.products();
    }

    @Override
    public LaborRateRepository laborRates() {
        return store.laborRates();
    }

    @Override
    public SettingsRepository settings() {
        return store.settings();
    }

    @Override
    public UserRepository users() {
        return store.users();
    }

    @Override
    public SessionRepository sessions() {
        return store.sessions();
    }

    @Override
    public ApiTokenRepository apiTokens() {
        return store.apiTokens();
    }

    @Override
    public LoginAttemptRepository loginAttempts() {
        return store.loginAttempts();
    }

    @Override
    public QuoteStatistics statistics() {
        return store.statistics();
    }

    @Override
    public com.wqs.application.port.out.OffcutRepository offcuts() {
        return store.offcuts();
    }

    @Override
    public com.wqs.application.port.out.CutListReleaseRepository cutListReleases() {
        return store.cutListReleases();
    }

    @Override
    public com.wqs.application.port.out.CustomerLinkRepository customerLinks() {
        return store.customerLinks();
    }

    @Override
    public com.wqs.application.port.out.OutboxRepository outbox() {
        return store.outbox();
    }

    @Override
    public boolean isReady() {
        return store.isReady();
    }

    @Override
    public void close() {
        store.close();
    }
}
