package com.wqs.adapter.persistence;

import com.google.inject.AbstractModule;
import com.wqs.application.port.out.Store;

/**
 * The ports over a store the composition root has already opened with {@code openAndMigrate} (SQLite
 * or PostgreSQL): the schema is then checked once per start, not again when the injector opens the
 * store. The injector's owner closes the store.
 */
public final class OpenedStoreModule extends AbstractModule {
    private final JdbiStore store;

    public OpenedStoreModule(JdbiStore store) {
        this.store = store;
    }

    @Override
    protected void configure() {
        install(new StorePortsModule());
        bind(Store.class).toInstance(store);
    }
}
