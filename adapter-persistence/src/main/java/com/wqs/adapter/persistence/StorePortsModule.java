package com.wqs.adapter.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.wqs.adapter.persistence.security.Argon2PasswordHasher;
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
import com.wqs.application.port.out.PasswordHasher;
import com.wqs.application.port.out.ProductRepository;
import com.wqs.application.port.out.QuoteRepository;
import com.wqs.application.port.out.QuoteStatistics;
import com.wqs.application.port.out.SessionRepository;
import com.wqs.application.port.out.SettingsRepository;
import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.TransactionRunner;
import com.wqs.application.port.out.UserRepository;
import com.wqs.application.port.out.WorkOrderRepository;
import jakarta.inject.Singleton;

/** Binds every driven port to the one {@link Store} the enclosing module provides, plus the password hasher. */
final class StorePortsModule extends AbstractModule {
    @Provides
    @Singleton
    PasswordHasher passwordHasher() {
        return new Argon2PasswordHasher();
    }

    @Provides
    TransactionRunner transactions(Store store) {
        return store.transactions();
    }

    @Provides
    NumberAllocator numbers(Store store) {
        return store.numbers();
    }

    @Provides
    QuoteRepository quotes(Store store) {
        return store.quotes();
    }

    @Provides
    WorkOrderRepository workOrders(Store store) {
        return store.workOrders();
    }

    @Provides
    CustomerRepository customers(Store store) {
        return store.customers();
    }

    @Provides
    MaterialRepository materials(Store store) {
        return store.materials();
    }

    @Provides
    ProductRepository products(Store store) {
        return store.products();
    }

    @Provides
    LaborRateRepository laborRates(Store store) {
        return store.laborRates();
    }

    @Provides
    SettingsRepository settings(Store store) {
        return store.settings();
    }

    @Provides
    UserRepository users(Store store) {
        return store.users();
    }

    @Provides
    CustomerLinkRepository customerLinks(Store store) {
        return store.customerLinks();
    }

    @Provides
    OutboxRepository outbox(Store store) {
        return store.outbox();
    }

    @Provides
    SessionRepository sessions(Store store) {
        return store.sessions();
    }

    @Provides
    ApiTokenRepository apiTokens(Store store) {
        return store.apiTokens();
    }

    @Provides
    LoginAttemptRepository loginAttempts(Store store) {
        return store.loginAttempts();
    }

    @Provides
    QuoteStatistics statistics(Store store) {
        return store.statistics();
    }

    @Provides
    OffcutRepository offcuts(Store store) {
        return store.offcuts();
    }

    @Provides
    CutListReleaseRepository cutListReleases(Store store) {
        return store.cutListReleases();
    }
}
