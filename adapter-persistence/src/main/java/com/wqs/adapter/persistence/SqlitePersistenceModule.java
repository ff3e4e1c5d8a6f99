package com.wqs.adapter.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.wqs.application.port.out.Store;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * The store and its ports over one SQLite file. Creating the module does nothing; the store opens when
 * first injected and expects a current schema, so run {@link SqliteStore#migrate} before creating the
 * injector.
 */
public final class SqlitePersistenceModule extends AbstractModule {
    private final Path file;

    public SqlitePersistenceModule(Path file) {
        this.file = file;
    }

    @Override
    protected void configure() {
        install(new StorePortsModule());
    }

    @Provides
    @Singleton
    Store store() {
        return SqliteStore.open(file);
    }
}
