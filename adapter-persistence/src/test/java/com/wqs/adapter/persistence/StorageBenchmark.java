package com.wqs.adapter.persistence;

import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.testing.CustomerBuilder;
import com.wqs.testing.UserBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bytes per quote on SQLite, side by side in one run: N priced quotes of ten lines (the fixtures' catalogue,
 * every status, revisions and history) written through the repository's batched insert, then the same
 * database turned back into version 10's JSON documents ({@link CompactDocumentsUndo}) and migrated
 * forward again (migration 11, timed), the file vacuumed and measured at each step. Arguments: the
 * number of quotes (default 20000), a directory for the file, and optionally {@code statistics} for the
 * statistics benchmark's quotes instead ({@link RandomQuotes}: three lines, a hand-built pricing without
 * materials). See {@code benchmarks/README.md}.
 */
public final class StorageBenchmark {
    private static final int CHUNK = 2_000;

    private StorageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path directory = Path.of(args.length > 1 ? args[1] : "target/storage-bench");
        boolean statisticsMix = args.length > 2 && args[2].equals("statistics");
        Files.createDirectories(directory);
        Path file = directory.resolve("storage-" + size + (statisticsMix ? "-statistics" : "") + ".db");
        Files.deleteIfExists(file);
        User owner = UserBuilder.aUser().role(Role.ADMIN).build();
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            customers.add(CustomerBuilder.aCustomer().name("Customer " + i).build());
        }
        try (JdbiStore store = SqliteStore.openAndMigrate(file)) {
            store.transactions().run(() -> {
                store.users().insert(owner);
                customers.forEach(store.customers()::insert);
            });
            RandomQuotes statistics = new RandomQuotes(size, Instant.now(), 24, false).expirePastValidity()
                    .lines(List.of(RandomQuotes.FIVE_LINES.get(0), RandomQuotes.FIVE_LINES.get(2),
                            RandomQuotes.FIVE_LINES.get(3)));
            for (int done = 0; done < size; done += CHUNK) {
                List<Quote> quotes = new ArrayList<>();
                if (statisticsMix) {
                    for (int i = done; i < Math.min(size, done + CHUNK); i++) {
                        quotes.add(statistics.next(owner, customers.get(statistics.random().nextInt(customers.size()))));
                    }
                } else {
                    quotes = CompactDocumentsMigrationTest.quotes(owner, customers, done, Math.min(CHUNK, size - done),
                            20261207L + done, 10);
                }
                ((JdbiQuoteRepository) store.quotes()).insertAll(quotes);
            }
        }
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        String compact = measure(url, file, size, "version 11 (compact), as written");
        try (Connection connection = DriverManager.getConnection(url)) {
            CompactDocumentsUndo.toJsonDocuments(connection);
            execute(connection, "DELETE FROM flyway_schema_history WHERE version = '11'");
        }
        String json = measure(url, file, size, "version 10 (JSON documents)");
        long start = System.nanoTime();
        SqliteStore.openAndMigrate(file).close();
        double seconds = (System.nanoTime() - start) / 1e9;
        String migrated = measure(url, file, size, "version 11, migrated from version 10");
        System.out.println(json);
        System.out.println(compact);
        System.out.println(migrated);
        System.out.printf(Locale.ROOT, "migration 11 of %,d quotes: %.1f s (%.0f quotes/s); load average %s%n", size,
                seconds, size / seconds, Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private static String measure(String url, Path file, int size, String what) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            execute(connection, "VACUUM");
            StringBuilder line = new StringBuilder();
            try (Statement s = connection.createStatement();
                    ResultSet q = s.executeQuery("SELECT AVG(LENGTH(lines)), AVG(LENGTH(pricing)) FROM quotes")) {
                q.next();
                line.append(String.format(Locale.ROOT, "quotes.lines %.0f B, quotes.pricing %.0f B", q.getDouble(1),
                        q.getDouble(2)));
            }
            try (Statement s = connection.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*), AVG(COALESCE(LENGTH(pricing), 0)),"
                            + " AVG(LENGTH(customer)), AVG(COALESCE(LENGTH(settings), 0)) FROM quote_revisions")) {
                r.next();
                line.append(String.format(Locale.ROOT, ", %,d revisions: pricing %.0f B, customer %.0f B, settings"
                        + " %.0f B", r.getLong(1), r.getDouble(2), r.getDouble(3), r.getDouble(4)));
            }
            long bytes = file.toFile().length();
            return String.format(Locale.ROOT, "%s: %,d bytes for %,d quotes = %,.0f B/quote (1M: %.2f GB); %s", what,
                    bytes, size, (double) bytes / size, bytes / (double) size * 1e6 / 1e9, line);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
