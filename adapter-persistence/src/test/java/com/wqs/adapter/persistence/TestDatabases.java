package com.wqs.adapter.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh, migrated databases for tests, removed after each test (after every {@code @AfterEach} has
 * closed the stores): SQLite files in a temporary directory, or PostgreSQL schemas of their own in
 * the database named by {@code WQS_TEST_POSTGRES_URL}. Without that variable, PostgreSQL tests are
 * skipped with the reason.
 */
public abstract class TestDatabases implements BeforeEachCallback, AfterEachCallback {
    public static final String POSTGRES_URL_VARIABLE = "WQS_TEST_POSTGRES_URL";

    public static Sqlite sqlite() {
        return new Sqlite();
    }

    public static Postgres postgres() {
        return new Postgres();
    }

    /** A new empty database at the current schema version, and a store over it. */
    public abstract JdbiStore newStore();

    /** A second store over the database made last: another process or server instance. */
    public abstract JdbiStore anotherStoreOnTheSameDatabase();

    /** A new empty database no other test uses (so it may be altered), and a store over it. */
    public abstract JdbiStore newPrivateStore();

    /** Migrates the database made last, then opens a store over it. */
    public abstract JdbiStore migrateAndOpenTheSameDatabase();

    /** Runs one SQL statement on the database made last. */
    public abstract void executeInLastDatabase(String sql);

    /** Runs {@code work} on a connection of its own to the database made last (auto-commit). */
    public abstract void inLastDatabase(ConnectionWork work);

    /** Work on a JDBC connection. */
    public interface ConnectionWork {
        void run(Connection connection) throws SQLException;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
    }

    /** SQLite files, each in a temporary directory of its own. */
    public static final class Sqlite extends TestDatabases {
        private final List<Path> directories = new ArrayList<>();

        @Override
        public JdbiStore newStore() {
            return SqliteStore.openAndMigrate(newFile());
        }

        /** The path of a database file that does not exist yet. */
        public Path newFile() {
            try {
                Path directory = Files.createTempDirectory("wqs-test-");
                directories.add(directory);
                return directory.resolve("wqs.db");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public JdbiStore anotherStoreOnTheSameDatabase() {
            return SqliteStore.open(lastFile());
        }

        public Path lastFile() {
            return directories.get(directories.size() - 1).resolve("wqs.db");
        }

        @Override
        public JdbiStore newPrivateStore() {
            return newStore();
        }

        @Override
        public JdbiStore migrateAndOpenTheSameDatabase() {
            return SqliteStore.openAndMigrate(lastFile());
        }

        @Override
        public void executeInLastDatabase(String sql) {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + lastFile());
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot run " + sql, e);
            }
        }

        @Override
        public void inLastDatabase(ConnectionWork work) {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + lastFile())) {
                work.run(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot work in " + lastFile(), e);
            }
        }

        @Override
        public void afterEach(ExtensionContext context) throws IOException {
            for (Path directory : directories) {
                try (Stream<Path> files = Files.walk(directory)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
            directories.clear();
        }
    }

    /**
     * PostgreSQL schemas named {@code wqs_test_<random>}, dropped with everything in them. Stores from
     * {@link #newStore()} share one schema per test run, migrated once and emptied before each test
     * (migrating a schema per test would dominate the run time); {@link #newSchemaUrl()} gives a test
     * an empty schema of its own, dropped after it.
     */
    public static final class Postgres extends TestDatabases {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Postgres.class);

        private final String baseUrl = System.getenv(POSTGRES_URL_VARIABLE);
        private final List<String> ownSchemas = new ArrayList<>();
        private SharedSchema shared;
        private String lastUrl;

        @Override
        public void beforeEach(ExtensionContext context) {
            assumeTrue(baseUrl != null && !baseUrl.isBlank(),
                    POSTGRES_URL_VARIABLE + " is not set: PostgreSQL tests skipped (.ci/run sets it)");
            shared = context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(SharedSchema.class, type -> new SharedSchema(baseUrl), SharedSchema.class);
        }

        /** A store over the shared schema, emptied. */
        @Override
        public JdbiStore newStore() {
            shared.empty();
            lastUrl = shared.url;
            return PostgresStore.open(lastUrl);
        }

        /** The URL of a new, empty, unmigrated schema of this test's own. */
        public String newSchemaUrl() {
            String schema = randomSchemaName();
            execute(baseUrl, "CREATE SCHEMA " + schema);
            ownSchemas.add(schema);
            lastUrl = schemaUrl(baseUrl, schema);
            return lastUrl;
        }

        @Override
        public JdbiStore anotherStoreOnTheSameDatabase() {
            return PostgresStore.open(lastUrl);
        }

        public String lastUrl() {
            return lastUrl;
        }

        @Override
        public JdbiStore newPrivateStore() {
            return PostgresStore.openAndMigrate(newSchemaUrl());
        }

        @Override
        public JdbiStore migrateAndOpenTheSameDatabase() {
            return PostgresStore.openAndMigrate(lastUrl);
        }

        @Override
        public void executeInLastDatabase(String sql) {
            execute(lastUrl, sql);
        }

        @Override
        public void inLastDatabase(ConnectionWork work) {
            try (Connection connection = DriverManager.getConnection(lastUrl)) {
                work.run(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot work in the last schema", e);
            }
        }

        @Override
        public void afterEach(ExtensionContext context) {
            for (String schema : ownSchemas) {
                execute(baseUrl, "DROP SCHEMA " + schema + " CASCADE");
            }
            ownSchemas.clear();
        }

        private static String randomSchemaName() {
            return "wqs_test_" + UUID.randomUUID().toString().replace("-", "");
        }

        private static String schemaUrl(String baseUrl, String schema) {
            return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }

        private static void execute(String url, String sql) {
            try (Connection connection = DriverManager.getConnection(url);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot run " + sql, e);
            }
        }

        /** The schema of this test run, dropped when the run ends. */
        private static final class SharedSchema implements ExtensionContext.Store.CloseableResource, AutoCloseable {
            private final String baseUrl;
            private final String name = randomSchemaName();
            private final String url;
            private final String emptyAll;

            SharedSchema(String baseUrl) {
                this.baseUrl = baseUrl;
                execute(baseUrl, "CREATE SCHEMA " + name);
                this.url = schemaUrl(baseUrl, name);
                PostgresStore.migrate(url);
                this.emptyAll = tablesChildrenFirst().stream().map(t -> "DELETE FROM " + t)
                        .collect(Collectors.joining("; "));
            }

            /** Plain deletes, referencing tables first: much faster than TRUNCATE on tables this small. */
            void empty() {
                execute(url, emptyAll);
            }

            private List<String> tablesChildrenFirst() {
                Map<String, Set<String>> parents = new TreeMap<>();
                query("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + name
                        + "' AND table_name <> 'flyway_schema_history'", row -> parents.put(row[0], new HashSet<>()));
                query("SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint WHERE contype = 'f'"
                        + " AND connamespace = '" + name + "'::regnamespace", row -> parents.get(row[0]).add(row[1]));
                List<String> ordered = new ArrayList<>();
                while (!parents.isEmpty()) {
                    String leaf = parents.keySet().stream()
                            .filter(t -> parents.values().stream().noneMatch(p -> p.contains(t)))
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("cyclic foreign keys in " + parents));
                    ordered.add(leaf);
                    parents.remove(leaf);
                }
                return ordered;
            }

            private void query(String sql, Consumer<String[]> eachRow) {
                try (Connection connection = DriverManager.getConnection(url);
                        Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery(sql)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        String[] row = new String[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = rows.getString(i + 1);
                        }
                        eachRow.accept(row);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot run " + sql, e);
                }
            }

            @Override
            public void close() {
                execute(baseUrl, "DROP SCHEMA " + name + " CASCADE");
            }
        }
    }
}
