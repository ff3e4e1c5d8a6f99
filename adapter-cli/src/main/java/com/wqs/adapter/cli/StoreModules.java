package com.wqs.adapter.cli;

import com.google.inject.Module;
import com.wqs.adapter.persistence.PostgresPersistenceModule;
import com.wqs.adapter.persistence.PostgresStore;
import com.wqs.adapter.persistence.SqlitePersistenceModule;
import com.wqs.adapter.persistence.SqliteStore;

/** The persistence module for a store location, and the migration that must run before it is used. */
final class StoreModules {
    private StoreModules() {
    }

    /**
     * Brings the schema up to date (creating a missing SQLite file) and returns the module that opens
     * it. A SQLite file that is already current is only inspected, read-only: that keeps short
     * commands fast and never writes to the file just to read it.
     */
    static Module migrateAndBind(StoreLocation location) {
        if (location.isSqlite()) {
            if (!SqliteStore.inspect(location.sqliteFile()).isCurrent()) {
                SqliteStore.migrate(location.sqliteFile());
            }
            return new SqlitePersistenceModule(location.sqliteFile());
        }
        PostgresStore.migrate(location.jdbcUrl());
        return new PostgresPersistenceModule(location.jdbcUrl());
    }
}
