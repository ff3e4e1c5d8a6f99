package com.wqs.application.port.out;

/**
 * Every driven port of one storage (in-memory, SQLite or PostgreSQL), opened together and closed
 * together. Embedding apps open one and hand it to {@code UseCases.create}.
 */
public interface Store extends AutoCloseable {
    TransactionRunner transactions();

    NumberAllocator numbers();

    QuoteRepository quotes();

    WorkOrderRepository workOrders();

    CustomerRepository customers();

    MaterialRepository materials();

    ProductRepository products();

    LaborRateRepository laborRates();

    SettingsRepository settings();

    UserRepository users();

    SessionRepository sessions();

    ApiTokenRepository apiTokens();

    LoginAttemptRepository loginAttempts();

    QuoteStatistics statistics();

    OffcutRepository offcuts();

    CutListReleaseRepository cutListReleases();

    CustomerLinkRepository customerLinks();

    OutboxRepository outbox();

    /** True when the store is reachable and its schema is current (for readiness checks). */
    boolean isReady();

    @Override
    void close();
}
