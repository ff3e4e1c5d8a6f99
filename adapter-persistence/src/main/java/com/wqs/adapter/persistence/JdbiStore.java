package com.wqs.adapter.persistence;

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
import com.wqs.domain.quote.Quote;
import java.util.Collection;
import java.util.List;

/**
 * Every driven port over one SQLite file or PostgreSQL database. Open one with {@link SqliteStore} or
 * {@link PostgresStore}; close it to release its connections.
 */
public final class JdbiStore implements Store {
    private final Database db;
    private final TransactionRunner transactions;
    private final NumberAllocator numbers;
    private final JdbiQuoteRepository quotes;
    private final WorkOrderRepository workOrders;
    private final CustomerRepository customers;
    private final MaterialRepository materials;
    private final ProductRepository products;
    private final LaborRateRepository laborRates;
    private final SettingsRepository settings;
    private final UserRepository users;
    private final SessionRepository sessions;
    private final ApiTokenRepository apiTokens;
    private final LoginAttemptRepository loginAttempts;
    private final QuoteStatistics statistics;
    private final OffcutRepository offcuts;
    private final CutListReleaseRepository cutListReleases;
    private final CustomerLinkRepository customerLinks;
    private final OutboxRepository outbox;

    JdbiStore(Database db) {
        StoredJson json = new StoredJson();
        this.db = db;
        this.transactions = new JdbiTransactionRunner(db);
        this.numbers = new JdbiNumberAllocator(db);
        this.quotes = new JdbiQuoteRepository(db, json);
        this.workOrders = new JdbiWorkOrderRepository(db, json);
        this.customers = new JdbiCustomerRepository(db);
        this.materials = new JdbiMaterialRepository(db, json);
        this.products = new JdbiProductRepository(db, json);
        this.laborRates = new JdbiLaborRateRepository(db);
        this.settings = new JdbiSettingsRepository(db, json);
        this.users = new JdbiUserRepository(db);
        this.sessions = new JdbiSessionRepository(db);
        this.apiTokens = new JdbiApiTokenRepository(db);
        this.loginAttempts = new JdbiLoginAttemptRepository(db);
        this.statistics = new JdbiQuoteStatistics(db);
        this.offcuts = new JdbiOffcutRepository(db);
        this.cutListReleases = new JdbiCutListReleaseRepository(db);
        this.customerLinks = new JdbiCustomerLinkRepository(db);
        this.outbox = new JdbiOutboxRepository(db);
    }

    /**
     * Stores many new quotes with batched statements, in the current transaction or one of its own:
     * the fast path for imports and data generation. Same rules as {@link QuoteRepository#insert}.
     */
    public void insertQuotes(Collection<Quote> newQuotes) {
        quotes.insertAll(List.copyOf(newQuotes));
    }

    /** The database underneath, for this package's tests and benchmark checks. */
    Database database() {
        return db;
    }

    @Override
    public TransactionRunner transactions() {
        return transactions;
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
    public CustomerLinkRepository customerLinks() {
        return customerLinks;
    }

    @Override
    public OutboxRepository outbox() {
        return outbox;
    }

    @Override
    public QuoteStatistics statistics() {
        return statistics;
    }

    /** Reachable and at the schema version this code expects; throws when the database cannot be reached. */
    @Override
    public boolean isReady() {
        return Migrations.inspect(db.dataSource(), db.dialect()).isCurrent();
    }

    @Override
    public void close() {
        db.close();
    }
}
