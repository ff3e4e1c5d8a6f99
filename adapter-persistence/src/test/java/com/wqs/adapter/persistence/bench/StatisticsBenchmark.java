package com.wqs.adapter.persistence.bench;

import com.wqs.adapter.persistence.JdbiStore;
import com.wqs.adapter.persistence.RandomQuotes;
import com.wqs.adapter.persistence.SqliteStore;
import com.wqs.application.port.out.StatisticsQuery;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.user.User;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.testing.CustomerBuilder;
import com.wqs.testing.UserBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the statistics call scales with the number of quotes on SQLite (see BENCHMARK.md for the
 * command and the figures). For each size: a fresh file, 10 users, quotes in every status over 24
 * months with 5 lines each (bulk inserted, one transaction per 5,000), a work order per converted quote; then
 * the dashboard statistics repeated, reporting median and p99, and the ratio to the smallest size.
 */
public final class StatisticsBenchmark {
    private static final Instant NOW = Instant.parse("2026-03-10T15:45:00Z");
    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    private static final int USERS = 10;
    private static final int CUSTOMERS = 200;
    private static final int CHUNK = 5_000;
    private static final int WARM_UP = 300;
    private static final int RUNS = 300;
    private static final int WARM_UP_SIZE = 5_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StatisticsBenchmark() {
    }

    /**
     * Arguments: comma-separated sizes (default 1000,100000,1000000) and a working directory. The
     * database files are deleted afterwards unless {@code -Dbench.keep=true}; {@code -Dbench.reuse=true}
     * measures kept files again instead of generating new ones.
     */
    public static void main(String[] args) throws IOException {
        List<Integer> sizes = Arrays.stream((args.length > 0 ? args[0] : "1000,100000,1000000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        Path directory = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        run(WARM_UP_SIZE, directory.resolve("bench-warm-up.db")); // JIT-compiles the code paths before measuring
        List<Result> results = new ArrayList<>();
        for (int size : sizes) {
            results.add(run(size, directory.resolve("bench-" + size + ".db")));
        }
        print(results);
    }

    private static Result run(int size, Path file) throws IOException {
        boolean reuse = Boolean.getBoolean("bench.reuse") && Files.exists(file);
        if (!reuse) {
            deleteDatabase(file);
        }
        try (JdbiStore store = SqliteStore.openAndMigrate(file)) {
            double quotesPerSecond = reuse ? Double.NaN : size / generate(store, size);
            List<User> users = store.users().findAll();
            Map<String, Timings> timings = new LinkedHashMap<>();
            timings.put("everyone", time(store, new StatisticsQuery(null, null, null, NOW, ZONE)));
            timings.put("one user", time(store, new StatisticsQuery(users.get(3).id(), null, null, NOW, ZONE)));
            timings.put("everyone, last 90 days", time(store,
                    new StatisticsQuery(null, NOW.minus(Duration.ofDays(90)), NOW, NOW, ZONE)));
            return new Result(size, quotesPerSecond, Files.size(file), timings);
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                deleteDatabase(file);
            }
        }
    }

    /** Fills the store; returns the seconds spent inserting quotes (generating them is not counted). */
    private static double generate(JdbiStore store, int size) {
        List<User> users = new ArrayList<>();
        List<Customer> customers = new ArrayList<>();
        store.transactions().run(() -> {
            for (int i = 0; i < USERS; i++) {
                User user = UserBuilder.aUser().email("seller" + i + "@example.com").build();
                store.users().insert(user);
                users.add(user);
            }
            for (int i = 0; i < CUSTOMERS; i++) {
                Customer customer = CustomerBuilder.aCustomer().name("Customer " + i).build();
                store.customers().insert(customer);
                customers.add(customer);
            }
        });
        RandomQuotes random = new RandomQuotes(size, NOW, 24, false);
        List<WorkOrder> workOrders = new ArrayList<>();
        long insertNanos = 0;
        for (int done = 0; done < size; done += CHUNK) {
            List<Quote> chunk = new ArrayList<>(CHUNK);
            for (int i = done; i < Math.min(size, done + CHUNK); i++) {
                Quote quote = random.next(users.get(i % USERS), customers.get(random.random().nextInt(CUSTOMERS)));
                chunk.add(quote);
                if (quote.status() == QuoteStatus.CONVERTED) {
                    workOrders.add(random.workOrderFor(quote));
                }
            }
            long start = System.nanoTime();
            store.insertQuotes(chunk); // one transaction per chunk, so the WAL is checkpointed as it goes
            insertNanos += System.nanoTime() - start;
            if (workOrders.size() >= CHUNK) {
                insertWorkOrders(store, workOrders);
            }
        }
        insertWorkOrders(store, workOrders);
        return insertNanos / 1e9;
    }

    private static void insertWorkOrders(JdbiStore store, List<WorkOrder> workOrders) {
        store.transactions().run(() -> workOrders.forEach(store.workOrders()::insert));
        workOrders.clear();
    }

    private static Timings time(JdbiStore store, StatisticsQuery query) {
        for (int i = 0; i < WARM_UP; i++) {
            store.statistics().compute(query);
        }
        long[] nanos = new long[RUNS];
        long[] cpuNanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            store.statistics().compute(query);
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        return new Timings(nanos[RUNS / 2] / 1e6, nanos[(int) Math.ceil(RUNS * 0.99) - 1] / 1e6,
                cpuNanos[RUNS / 2] / 1e6);
    }

    private static void print(List<Result> results) {
        Result smallest = results.get(0);
        System.out.printf(Locale.ROOT, "%nStatistics call, milliseconds: wall-clock median / p99, median CPU time of the"
                + " calling thread; (x) = median / median at %,d quotes.%n", smallest.size());
        for (String query : smallest.timings().keySet()) {
            System.out.printf(Locale.ROOT, "%n%s%n%-10s %12s %9s %28s %10s%n", query, "quotes", "insert q/s", "file MB",
                    "median / p99 (x)", "cpu");
            for (Result result : results) {
                Timings timing = result.timings().get(query);
                System.out.printf(Locale.ROOT, "%,10d %12.0f %9.0f %10.2f / %7.2f (x%5.2f) %10.2f%n", result.size(),
                        result.quotesPerSecond(), result.fileBytes() / 1e6, timing.medianMillis(), timing.p99Millis(),
                        timing.medianMillis() / smallest.timings().get(query).medianMillis(), timing.cpuMedianMillis());
            }
        }
        Result largest = results.get(results.size() - 1);
        System.out.printf(Locale.ROOT, "%nmedian ratio %,d / %,d quotes:", largest.size(), smallest.size());
        smallest.timings().keySet().forEach(query -> System.out.printf(Locale.ROOT, "  %s x%.2f (cpu x%.2f);", query,
                largest.timings().get(query).medianMillis() / smallest.timings().get(query).medianMillis(),
                largest.timings().get(query).cpuMedianMillis() / smallest.timings().get(query).cpuMedianMillis()));
        System.out.println();
    }

    private static void deleteDatabase(Path file) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    /** Wall-clock median and p99, and the median CPU time of the calling thread (SQLite runs in it). */
    private record Timings(double medianMillis, double p99Millis, double cpuMedianMillis) {
    }

    private record Result(int size, double quotesPerSecond, long fileBytes, Map<String, Timings> timings) {
    }
}
