package com.wqs.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Consumer;

/**
 * PostgreSQL, for installations that outgrow one machine: a pooled JDBC URL such as
 * {@code jdbc:postgresql://db:5432/wqs?user=wqs&password=...}. Several server instances may share the
 * database: numbers, conversion and sessions rely on row locks and constraints, not on process memory.
 */
public final class PostgresStore {
    private static final int POOL_SIZE = 10;
    private static final int MINIMUM_IDLE = 2;

    private PostgresStore() {
    }

    /**
     * Opens a database whose schema is current.
     *
     * @throws SchemaVersionException when it needs migrating or belongs to a newer release
     */
    public static JdbiStore open(String jdbcUrl) {
        return openWith(jdbcUrl, db -> Migrations.requireCurrent(Migrations.inspect(db.dataSource(), Dialect.POSTGRESQL), describe(jdbcUrl)));
    }

    /**
     * Migrates, then opens: the one call an embedding app needs. A database that is already current has
     * its schema read once and nothing more.
     *
     * @throws SchemaVersionException when the database belongs to a newer release; it is not changed
     */
    public static JdbiStore openAndMigrate(String jdbcUrl) {
        return openWith(jdbcUrl, db -> {
            if (!Migrations.inspect(db.dataSource(), Dialect.POSTGRESQL).isCurrent()) {
                Migrations.requireCurrent(Migrations.migrate(db.dataSource(), Dialect.POSTGRESQL, describe(jdbcUrl)), describe(jdbcUrl));
            }
        });
    }

    /**
     * Brings the schema up to date (Flyway takes a database lock, so concurrent starts are safe).
     *
     * @throws SchemaVersionException when the database belongs to a newer release; it is not changed
     */
    public static SchemaState migrate(String jdbcUrl) {
        try (Database db = openDatabase(jdbcUrl)) {
            return Migrations.migrate(db.dataSource(), Dialect.POSTGRESQL, describe(jdbcUrl));
        }
    }

    public static SchemaState inspect(String jdbcUrl) {
        try (Database db = openDatabase(jdbcUrl)) {
            return Migrations.inspect(db.dataSource(), Dialect.POSTGRESQL);
        }
    }

    private static JdbiStore openWith(String jdbcUrl, Consumer<Database> schemaStep) {
        Database db = openDatabase(jdbcUrl);
        try {
            schemaStep.accept(db);
            return new JdbiStore(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static Database openDatabase(String jdbcUrl) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("wqs-postgresql");
        pool.setJdbcUrl(jdbcUrl);
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setMinimumIdle(MINIMUM_IDLE);
        return new Database(new HikariDataSource(pool), Dialect.POSTGRESQL);
    }

    /** The URL without its query, which may hold a password. */
    private static String describe(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
