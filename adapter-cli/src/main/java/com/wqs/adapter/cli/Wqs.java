package com.wqs.adapter.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.wqs.adapter.persistence.JdbiStore;
import com.wqs.adapter.persistence.OpenedStoreModule;
import com.wqs.adapter.persistence.PostgresStore;
import com.wqs.adapter.persistence.SqliteStore;
import com.wqs.application.port.out.Store;
import com.wqs.application.service.UseCases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point for Java applications that embed the Window Quotation System: open a store, get
 * the use cases, close it when done. The database schema is migrated when the store is opened.
 *
 * <pre>{@code
 * try (Wqs wqs = Wqs.openSqlite(Path.of("shop.db"))) {
 *     UseCases app = wqs.useCases();
 *     ...
 * }
 * }</pre>
 */
public final class Wqs implements AutoCloseable {
    private final Injector injector;
    private final Store store;
    private final UseCases useCases;

    private Wqs(Injector injector) {
        this.injector = injector;
        this.store = injector.getInstance(Store.class);
        this.useCases = injector.getInstance(UseCases.class);
    }

    /** A SQLite database file (created when missing). */
    public static Wqs openSqlite(Path file) {
        return open(StoreLocation.sqlite(file));
    }

    /** A database reached by JDBC, e.g. {@code jdbc:postgresql://db.example/wqs?user=wqs&password=...}. */
    public static Wqs openJdbc(String url) {
        return open(StoreLocation.jdbc(url));
    }

    static Wqs open(StoreLocation location) {
        return open(location, List.of());
    }

    static Wqs open(StoreLocation location, List<Module> moreModules) {
        JdbiStore store = migrateAndOpen(location);
        try {
            List<Module> modules = new ArrayList<>();
            modules.add(new OpenedStoreModule(store));
            modules.add(new WqsApplicationModule());
            modules.addAll(moreModules);
            return new Wqs(Guice.createInjector(modules));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Opens the store, creating or migrating its schema first when needed. A database that is already
     * current has its schema checked once (a SQLite file read-only, so a short command never writes to
     * it just to read it); one from a newer release is refused unchanged.
     */
    private static JdbiStore migrateAndOpen(StoreLocation location) {
        return location.isSqlite()
                ? SqliteStore.openAndMigrate(location.sqliteFile())
                : PostgresStore.openAndMigrate(location.jdbcUrl());
    }

    public UseCases useCases() {
        return useCases;
    }

    /** The driven ports themselves, for tools that work below the use cases (demo data, the CLI's user lookup). */
    public Store store() {
        return store;
    }

    /** The Guice injector everything was built with (for the web server and other adapters). */
    public Injector injector() {
        return injector;
    }

    @Override
    public void close() {
        store.close();
    }
}
