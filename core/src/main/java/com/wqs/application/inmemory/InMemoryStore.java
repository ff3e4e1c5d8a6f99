package com.wqs.application.inmemory;

import com.wqs.application.port.out.ApiTokenRepository;
import com.wqs.application.port.out.CustomerLinkRepository;
import com.wqs.application.port.out.CustomerRepository;
import com.wqs.application.port.out.OutboxRepository;
import com.wqs.application.port.out.CutListReleaseRepository;
import com.wqs.application.port.out.LaborRateRepository;
import com.wqs.application.port.out.LoginAttemptRepository;
import com.wqs.application.port.out.MaterialRepository;
import com.wqs.application.port.out.NumberAllocator;
import com.wqs.application.port.out.OffcutRepository;
import com.wqs.application.port.out.ProductRepository;
import com.wqs.application.port.out.QuoteRepository;
import com.wqs.application.port.out.QuoteStatistics;
import com.wqs.application.port.out.SessionRepository;
import com.wqs.application.port.out.SettingsRepository;
import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.TransactionRunner;
import com.wqs.application.port.out.UserRepository;
import com.wqs.application.port.out.WorkOrderRepository;

/**
 * A throw-away store held in memory: every driven port with the semantics of the database stores
 * (optimistic locking, unique constraints, transactions that roll back whole), for tests and for
 * embedding apps that need no persistence. Safe to share between threads; writers are serialised.
 */
public final class InMemoryStore implements Store {
    private final InMemoryDatabase database = new InMemoryDatabase();
    private final NumberAllocator numbers = new InMemoryNumberAllocator(database);
    private final QuoteRepository quotes = new InMemoryQuoteRepository(database);
    private final WorkOrderRepository workOrders = new InMemoryWorkOrderRepository(database);
    private final CustomerRepository customers = new InMemoryCustomerRepository(database);
    private final MaterialRepository materials = new InMemoryMaterialRepository(database);
    private final ProductRepository products = new InMemoryProductRepository(database);
    private final LaborRateRepository laborRates = new InMemoryLaborRateRepository(database);
    private final SettingsRepository settings = new InMemorySettingsRepository(database);
    private final UserRepository users = new InMemoryUserRepository(database);
    private final SessionRepository sessions = new InMemorySessionRepository(database);
    private final ApiTokenRepository apiTokens = new InMemoryApiTokenRepository(database);
    private final LoginAttemptRepository loginAttempts = new InMemoryLoginAttemptRepository(database);
    private final QuoteStatistics statistics = new InMemoryQuoteStatistics(database);
    private final OffcutRepository offcuts = new InMemoryOffcutRepository(database);
    private final CutListReleaseRepository cutListReleases = new InMemoryCutListReleaseRepository(database);
    private final CustomerLinkRepository customerLinks = new InMemoryCustomerLinkRepository(database);
    private final OutboxRepository outbox = new InMemoryOutboxRepository(database);
    private volatile boolean open = true;

    @Override
    public TransactionRunner transactions() {
        return database;
    }

    @Override
    public NumberAllocator numbers() {
        return numbers;
    }

    @Override
    public QuoteRepository quotes() {
        return quotes;
    }

    @Override
    public WorkOrderRepository workOrders() {
        return workOrders;
    }

    @Override
    public CustomerRepository customers() {
        return customers;
    }

    @Override
    public MaterialRepository materials() {
        return materials;
    }

    @Override
    public ProductRepository products() {
        return products;
    }

    @Override
    public LaborRateRepository laborRates() {
        return laborRates;
    }

    @Override
    public SettingsRepository settings() {
        return settings;
    }

    @Override
    public UserRepository users() {
        return users;
    }

    @Override
    public SessionRepository sessions() {
        return sessions;
    }

    @Override
    public ApiTokenRepository apiTokens() {
        return apiTokens;
    }

    @Override
    public LoginAttemptRepository loginAttempts() {
        return loginAttempts;
    }

    @Override
    public OffcutRepository offcuts() {
        return offcuts;
    }

    @Override
    public CutListReleaseRepository cutListReleases() {
        return cutListReleases;
    }

    @Override
    public QuoteStatistics statistics() {
        return statistics;
    }

    /** Ready until closed. */
    @Override
    public CustomerLinkRepository customerLinks() {
        return customerLinks;
    }

    @Override
    public OutboxRepository outbox() {
        return outbox;
    }

    @Override
    public boolean isReady() {
        return open;
    }

    /** Marks the store closed; the data stays readable for whoever still holds the repositories. */
    @Override
    public void close() {
        open = false;
    }
}
