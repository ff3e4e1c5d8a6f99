package com.wqs.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded default: one SQLite file. Connections use WAL (readers never block the writer),
 * {@code synchronous=NORMAL}, foreign keys and a busy timeout, all set as connection properties.
 * Transactions begin IMMEDIATE, so a writer waits for the write lock up front instead of failing with
 * SQLITE_BUSY halfway through; reads outside a transaction run in autocommit and take no write lock.
 */
public final class SqliteStore {
    /** {@code ./wqs.db}: the file used when none is given. */
    public static final Path DEFAULT_FILE = Path.of("wqs.db");

    private static final int BUSY_TIMEOUT_MILLIS = 30_000;
    private static final int POOL_SIZE = 4;

    private SqliteStore() {
    }

    /**
     * Opens an existing database whose schema is current.
     *
     * @throws SchemaVersionException when the file is missing, needs migrating, or belongs to a newer
     *     release; the file is not changed
     */
    public static JdbiStore open(Path file) {
        Migrations.requireCurrent(inspect(file), describe(file));
        return new JdbiStore(openDatabase(file));
    }

    /**
     * Creates or migrates the file, then opens it: the one call an embedding app needs. A file that is
     * already current has its schema read once, read-only, and nothing more.
     *
     * @throws SchemaVersionException when the file belongs to a newer release; it is not changed
     */
    public static JdbiStore openAndMigrate(Path file) {
        SchemaState state = inspect(file);
        if (!state.isCurrent()) {
            // Refused on the read-only inspection: opening for writing would already switch the journal to WAL.
            Migrations.requireNotNewer(state, describe(file));
            Migrations.requireCurrent(applyMigrations(file), describe(file));
        }
        return new JdbiStore(openDatabase(file));
    }

    /**
     * Creates the file if missing and brings its schema up to date.
     *
     * @throws SchemaVersionException when the file belongs to a newer release; it is not changed
     */
    public static SchemaState migrate(Path file) {
        if (Files.exists(file)) {
            // Checked on a read-only connection first: opening for writing would already switch the journal to WAL.
            Migrations.requireNotNewer(inspect(file), describe(file));
        }
        return applyMigrations(file);
    }

    private static SchemaState applyMigrations(Path file) {
        try (Database db = openDatabase(file)) {
            return Migrations.migrate(db.dataSource(), Dialect.SQLITE, describe(file));
        }
    }

    /** The schema state of the file, read without changing it; a missing file reads as empty. */
    public static SchemaState inspect(Path file) {
        if (!Files.exists(file)) {
            return Migrations.inspect(emptyDatabase(), Dialect.SQLITE);
        }
        return Migrations.inspect(readOnlySource(file), Dialect.SQLITE);
    }

    private static Database openDatabase(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl(url(file));
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("wqs-sqlite");
        pool.setDataSource(sqlite);
        pool.setMaximumPoolSize(POOL_SIZE);
        return new Database(new HikariDataSource(pool), Dialect.SQLITE);
    }

    private static SQLiteDataSource readOnlySource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl(url(file));
        return sqlite;
    }

    /** A private in-memory database: what a file that does not exist yet looks like. */
    private static SQLiteDataSource emptyDatabase() {
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite::memory:");
        return sqlite;
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    private static String describe(Path file) {
        return "file " + file.toAbsolutePath();
    }
}
