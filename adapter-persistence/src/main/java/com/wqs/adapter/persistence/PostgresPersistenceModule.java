package com.wqs.adapter.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.wqs.application.port.out.Store;
import jakarta.inject.Singleton;

/**
 * The store and its ports over PostgreSQL. Creating the module does nothing; the store connects when
 * first injected and expects a current schema, so run {@link PostgresStore#migrate} before creating the
 * injector.
 */
public final class PostgresPersistenceModule extends AbstractModule {
    private final String jdbcUrl;

    public PostgresPersistenceModule(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    @Override
    protected void configure() {
        install(new StorePortsModule());
    }

    @Provides
    @Singleton
    Store store() {
        return PostgresStore.open(jdbcUrl);
    }
}
