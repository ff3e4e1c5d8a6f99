package com.wqs.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One benchmark database (a SQLite file, or a PostgreSQL schema of its own), for the statistics
 * benchmark: filled through the product's own repositories on a connection tuned for bulk loading
 * (see {@link #openForSeeding()}), checked, then measured through the ordinary {@link SqliteStore} or
 * {@link PostgresStore}. A database is complete only once {@link #markComplete()} ran: a SQLite file is
 * seeded under a temporary name and renamed, a PostgreSQL schema likewise, so an interrupted seeding is
 * never measured.
 */
public abstract class BenchDatabase {
    private static final long DAY_MICROS = 86_400_000_000L;

    /** {@code bench-<size>.db} in {@code directory}. */
    public static BenchDatabase sqlite(Path directory, int size) {
        return new Sqlite(directory.resolve("bench-" + size + ".db"));
    }

    /** Schema {@code <prefix><size>} (e.g. {@code wqs_bench_stats_1000}) in the database named by {@code baseUrl}. */
    public static BenchDatabase postgres(String baseUrl, String schemaPrefix, int size) {
        if (!schemaPrefix.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("schema prefix " + schemaPrefix + ": lower-case letters, digits, _");
        }
        return new Postgres(baseUrl, schemaPrefix + size);
    }

    /** "SQLite" or "PostgreSQL". */
    public abstract String storeName();

    /** Where the data is: the file, or the database and schema (no password). */
    public abstract String location();

    /** Whether a completely seeded database is there to be measured again. */
    public abstract boolean isComplete();

    /** Removes the database (complete or not). */
    public abstract void drop();

    /**
     * Creates an empty, migrated database under the temporary name and opens it for bulk loading: the
     * same repositories and SQL as the product, on one connection with durability relaxed (SQLite:
     * rollback journal in memory, {@code synchronous=OFF}, a 1 GB page cache; PostgreSQL:
     * {@code synchronous_commit=off}, batches sent as multi-row INSERTs). PostgreSQL tables are vacuumed and
     * analysed when complete, as autovacuum would soon do.
     */
    public abstract JdbiStore openForSeeding();

    /** Renames the seeded database to its final name; the seeding store must be closed. */
    public abstract void markComplete();

    /** Keeps a line of text with the complete database (how it was seeded), for a later run that reuses it. */
    public abstract void saveNote(String note);

    /** The line saved with {@link #saveNote}, or empty. */
    public abstract String note();

    /** The store the product would open over the complete database. */
    public abstract JdbiStore open();

    /** The arguments that point {@code wqs} at the complete database. */
    public abstract List<String> wqsArguments();

    /** Bytes on disk: the file, or the schema's tables with their indexes and TOAST. */
    public abstract long bytes();

    /**
     * Compares the statistics summary tables ({@code quote_stats}, {@code quote_stats_daily},
     * {@code work_order_stats}) with aggregates computed from every quote and work order; throws on the first
     * difference. Returns what was compared.
     */
    public static String checkSummaries(JdbiStore store) {
        return store.database().read(h -> {
            Map<String, long[]> daily = new TreeMap<>();
            Map<String, long[]> monthly = new TreeMap<>();
            h.createQuery("SELECT owner_id, status, created_at - (created_at % " + DAY_MICROS + ") AS day_start,"
                    + " COUNT(*) AS n, SUM(total_minor) AS total FROM quotes"
                    + " GROUP BY owner_id, status, created_at - (created_at % " + DAY_MICROS + ")")
                    .map((rs, ctx) -> {
                        String prefix = rs.getString("owner_id") + " " + rs.getString("status") + " ";
                        long day = rs.getLong("day_start");
                        long[] figures = {rs.getLong("n"), rs.getLong("total")};
                        daily.put(prefix + day, figures);
                        long month = Columns.micros(StatsBucket.MONTH.startOf(Columns.instant(day)));
                        monthly.merge(prefix + month, figures.clone(), (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                        return figures;
                    })
                    .list();
            compare("quote_stats_daily", daily, stored(h, "SELECT owner_id, status, day_start AS b, quote_count AS n,"
                    + " total_minor AS total FROM quote_stats_daily"));
            compare("quote_stats", monthly, stored(h, "SELECT owner_id, status, month_start AS b, quote_count AS n,"
                    + " total_minor AS total FROM quote_stats"));
            Map<String, long[]> orders = new TreeMap<>();
            h.createQuery("SELECT quote_owner_id, status, COUNT(*) AS n FROM work_orders GROUP BY quote_owner_id, status")
                    .map((rs, ctx) -> orders.put(rs.getString("quote_owner_id") + " " + rs.getString("status"),
                            new long[] {rs.getLong("n")}))
                    .list();
            Map<String, long[]> storedOrders = new TreeMap<>();
            h.createQuery("SELECT owner_id, status, order_count FROM work_order_stats WHERE order_count <> 0")
                    .map((rs, ctx) -> storedOrders.put(rs.getString("owner_id") + " " + rs.getString("status"),
                            new long[] {rs.getLong("order_count")}))
                    .list();
            compare("work_order_stats", orders, storedOrders);
            long quotes = daily.values().stream().mapToLong(f -> f[0]).sum();
            return String.format(java.util.Locale.ROOT, "summary check: %,d daily, %,d monthly and %,d work-order"
                    + " summary rows equal the aggregates of all %,d quotes and %,d work orders", daily.size(),
                    monthly.size(), orders.size(), quotes, orders.values().stream().mapToLong(f -> f[0]).sum());
        });
    }

    /** The newest quote's creation time, or null when there is none. */
    public static Instant newestQuote(JdbiStore store) {
        return store.database().read(h -> h.createQuery("SELECT MAX(created_at) FROM quotes")
                .mapTo(Long.class).findOne().map(Columns::instant).orElse(null));
    }

    public static long count(JdbiStore store, String table) {
        return store.database().read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    private static Map<String, long[]> stored(Handle h, String sql) {
        Map<String, long[]> rows = new TreeMap<>();
        h.createQuery(sql)
                .map((rs, ctx) -> rows.put(rs.getString("owner_id") + " " + rs.getString("status") + " " + rs.getLong("b"),
                        new long[] {rs.getLong("n"), rs.getLong("total")}))
                .list();
        rows.values().removeIf(f -> f[0] == 0 && f[1] == 0);
        return rows;
    }

    private static void compare(String table, Map<String, long[]> expected, Map<String, long[]> actual) {
        for (Map.Entry<String, long[]> row : expected.entrySet()) {
            long[] stored = actual.get(row.getKey());
            if (stored == null || !java.util.Arrays.equals(stored, row.getValue())) {
                throw new IllegalStateException(table + " " + row.getKey() + ": aggregate "
                        + java.util.Arrays.toString(row.getValue()) + ", summary "
                        + (stored == null ? "missing" : java.util.Arrays.toString(stored)));
            }
        }
        if (actual.size() != expected.size()) {
            throw new IllegalStateException(table + ": " + actual.size() + " summary rows, " + expected.size()
                    + " expected");
        }
    }

    private static final class Sqlite extends BenchDatabase {
        private final Path file;
        private final Path seeding;

        Sqlite(Path file) {
            this.file = file;
            this.seeding = file.resolveSibling(file.getFileName() + ".seeding");
        }

        private Path noteFile() {
            return file.resolveSibling(file.getFileName() + ".seeded.txt");
        }

        @Override
        public void saveNote(String note) {
            try {
                Files.writeString(noteFile(), note);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String note() {
            try {
                return Files.exists(noteFile()) ? Files.readString(noteFile()).trim() : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String storeName() {
            return "SQLite";
        }

        @Override
        public String location() {
            return file.toAbsolutePath().toString();
        }

        @Override
        public boolean isComplete() {
            return Files.exists(file);
        }

        @Override
        public void drop() {
            try {
                Files.deleteIfExists(noteFile());
                for (Path base : List.of(file, seeding)) {
                    for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                        Files.deleteIfExists(base.resolveSibling(base.getFileName() + suffix));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public JdbiStore openForSeeding() {
            drop();
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SqliteStore.migrate(seeding);
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.MEMORY);
            config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
            config.setCacheSize(-1_000_000); // KiB
            config.setTempStore(SQLiteConfig.TempStore.MEMORY);
            config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
            config.enforceForeignKeys(true);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            SQLiteDataSource sqlite = new SQLiteDataSource(config);
            sqlite.setUrl("jdbc:sqlite:" + seeding.toAbsolutePath());
            HikariConfig pool = new HikariConfig();
            pool.setPoolName("wqs-bench-seeding");
            pool.setDataSource(sqlite);
            pool.setMaximumPoolSize(1);
            return new JdbiStore(new Database(new HikariDataSource(pool), Dialect.SQLITE));
        }

        @Override
        public void markComplete() {
            try {
                // back to WAL, as the product opens it, before the file takes its final name
                try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + seeding.toAbsolutePath());
                        Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA journal_mode=WAL");
                    statement.execute("PRAGMA optimize");
                }
                Files.move(seeding, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public JdbiStore open() {
            return SqliteStore.open(file);
        }

        @Override
        public List<String> wqsArguments() {
            return List.of("--db", location());
        }

        @Override
        public long bytes() {
            try {
                long bytes = 0;
                for (String suffix : List.of("", "-wal")) {
                    Path part = file.resolveSibling(file.getFileName() + suffix);
                    bytes += Files.exists(part) ? Files.size(part) : 0;
                }
                return bytes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Postgres extends BenchDatabase {
        private final String baseUrl;
        private final String schema;
        private final String seedingSchema;

        Postgres(String baseUrl, String schema) {
            this.baseUrl = baseUrl;
            this.schema = schema;
            this.seedingSchema = schema + "_seeding";
        }

        @Override
        public String storeName() {
            return "PostgreSQL";
        }

        @Override
        public String location() {
            int query = baseUrl.indexOf('?');
            return (query < 0 ? baseUrl : baseUrl.substring(0, query)) + ", schema " + schema;
        }

        @Override
        public boolean isComplete() {
            return queryLong("SELECT COUNT(*) FROM pg_namespace WHERE nspname = '" + schema + "'") == 1;
        }

        @Override
        public void drop() {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            execute("DROP SCHEMA IF EXISTS " + seedingSchema + " CASCADE");
        }

        @Override
        public JdbiStore openForSeeding() {
            drop();
            execute("CREATE SCHEMA " + seedingSchema);
            String url = url(seedingSchema);
            PostgresStore.migrate(url);
            HikariConfig pool = new HikariConfig();
            pool.setPoolName("wqs-bench-seeding");
            pool.setJdbcUrl(url + "&reWriteBatchedInserts=true&options=-c%20synchronous_commit%3Doff");
            pool.setMaximumPoolSize(2);
            return new JdbiStore(new Database(new HikariDataSource(pool), Dialect.POSTGRESQL));
        }

        @Override
        public void saveNote(String note) {
            execute("COMMENT ON SCHEMA " + schema + " IS '" + note.replace("'", "''") + "'");
        }

        @Override
        public String note() {
            try (Connection connection = DriverManager.getConnection(baseUrl);
                    Statement statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace"
                            + " WHERE nspname = '" + schema + "'")) {
                return rows.next() && rows.getString(1) != null ? rows.getString(1) : "";
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the note of " + location(), e);
            }
        }

        @Override
        public void markComplete() {
            execute("ALTER SCHEMA " + seedingSchema + " RENAME TO " + schema);
            // What autovacuum does after a bulk load in a running installation: without it the visibility map
            // is empty (index-only range counts read the table too) and the summary tables carry the dead row
            // versions of their upserts.
            execute("VACUUM (ANALYZE) " + String.join(", ", tables()));
        }

        private List<String> tables() {
            try (Connection connection = DriverManager.getConnection(baseUrl);
                    Statement statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = '" + schema
                            + "' ORDER BY tablename")) {
                List<String> tables = new java.util.ArrayList<>();
                while (rows.next()) {
                    tables.add(schema + "." + rows.getString(1));
                }
                return tables;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot list the tables of " + location(), e);
            }
        }

        @Override
        public JdbiStore open() {
            return PostgresStore.open(url(schema));
        }

        @Override
        public List<String> wqsArguments() {
            return List.of("--jdbc-url", url(schema));
        }

        @Override
        public long bytes() {
            return queryLong("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '" + schema
                    + "' AND c.relkind = 'r'");
        }

        private String url(String name) {
            return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
        }

        private void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(baseUrl);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot run " + sql + " on " + location(), e);
            }
        }

        private long queryLong(String sql) {
            try (Connection connection = DriverManager.getConnection(baseUrl);
                    Statement statement = connection.createStatement();
                    var rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot run " + sql + " on " + location(), e);
            }
        }
    }
}
