package com.wqs.adapter.persistence.bench;

import com.wqs.adapter.persistence.BenchDatabase;
import com.wqs.adapter.persistence.JdbiStore;
import com.wqs.adapter.persistence.RandomQuotes;
import com.wqs.adapter.persistence.security.Argon2PasswordHasher;
import com.wqs.application.port.out.StatisticsQuery;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.testing.CustomerBuilder;
import com.wqs.testing.UserBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the dashboard's statistics scale with the number of quotes, on SQLite and on PostgreSQL, all sizes
 * side by side in one run (see {@code benchmarks/README.md} and {@code adapter-persistence/BENCHMARK.md}).
 *
 * <p>For each store and size: a database with 10 users (one ADMIN, nine SALES, each owning a tenth of
 * the quotes), 200 customers and quotes in every status over 24 months with 5 lines each, written
 * through the product's own batched quote insert and work-order insert (so the summary tables are kept
 * exactly as in production), on a connection tuned for bulk loading, then checked: the summary tables
 * must equal aggregates of all quotes. Then {@code QuoteStatistics.compute} for one user, for everyone and
 * for everyone over the last 90 days, repeated (median, p99, ratio to the smallest size); then, on the
 * smallest and the largest size, the dashboard page over HTTP from a real {@code wqs serve} process.
 *
 * <p>Settings are system properties: {@code bench.sizes}, {@code bench.stores} ({@code sqlite,postgresql}),
 * {@code bench.dir} (SQLite files), {@code bench.postgresUrl} and {@code bench.schemaPrefix} (PostgreSQL
 * schemas {@code <prefix><size>}), {@code bench.keep} (keep the data),
 * {@code bench.reuse} (measure kept data again instead of seeding), {@code bench.wqsJar} (the shaded jar;
 * without it the dashboard is not measured), {@code bench.out} (where the Markdown fragments go) and
 * {@code bench.command} (the command line to quote in them). It is a benchmark, not a test.
 */
public final class StatisticsBenchmark {
    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    private static final int USERS = 10;
    /** The SALES user whose statistics are measured ("one user"). */
    private static final int ONE_USER = 3;
    private static final int CUSTOMERS = 200;
    private static final int CHUNK = 5_000;
    static final int WARM_UP = 300;
    static final int RUNS = 300;
    static final int HTTP_WARM_UP = 100;
    static final int HTTP_RUNS = 100;
    /** Two windows and a material line: a lighter quote than {@link RandomQuotes#FIVE_LINES}, still typical. */
    static final List<QuoteLine> LINES = List.of(RandomQuotes.FIVE_LINES.get(0), RandomQuotes.FIVE_LINES.get(2),
            RandomQuotes.FIVE_LINES.get(3));
    private static final String PASSWORD = "bench password 1";
    static final String ONE_USER_SCOPE = "one user";
    static final String EVERYONE = "everyone";
    static final String LAST_90_DAYS = "everyone, last 90 days";
    static final String PAGE_EVERYONE = "ADMIN, everyone (?scope=all)";
    static final String PAGE_MINE = "SALES, own quotes (a tenth)";
    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:/]+:(\\d+)/");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,100000,1000000").split(","))
                .map(String::trim).map(Integer::parseInt).sorted().toList();
        List<String> stores = Arrays.stream(System.getProperty("bench.stores", "sqlite,postgresql").split(","))
                .map(String::trim).map(s -> s.toLowerCase(Locale.ROOT)).toList();
        Path directory = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        String postgresUrl = System.getProperty("bench.postgresUrl", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        String schemaPrefix = System.getProperty("bench.schemaPrefix", "wqs_bench_stats_");
        boolean keep = Boolean.getBoolean("bench.keep");
        boolean reuse = Boolean.getBoolean("bench.reuse");
        String jar = System.getProperty("bench.wqsJar", "");
        String out = System.getProperty("bench.out", "");
        Instant started = Instant.now();
        String loadAtStart = loadAverage();
        System.out.printf(Locale.ROOT, "statistics benchmark: sizes %s, stores %s, load average %s%n", sizes, stores,
                loadAtStart);

        List<Run> runs = new ArrayList<>();
        for (String store : stores) {
            for (int size : sizes) {
                BenchDatabase database = switch (store) {
                    case "sqlite" -> BenchDatabase.sqlite(directory, size);
                    case "postgresql", "postgres" -> BenchDatabase.postgres(postgresUrl, schemaPrefix, size);
                    default -> throw new IllegalArgumentException("unknown store " + store + " (sqlite, postgresql)");
                };
                runs.add(new Run(database, size));
            }
        }
        try {
            seedAll(runs, reuse);
            for (Run run : runs) {
                run.timings = measure(run.database);
                System.out.println(run.describe() + ": " + run.timings);
            }
            if (!jar.isBlank()) {
                Map<String, List<Run>> byStore = runs.stream().collect(Collectors.groupingBy(
                        run -> run.database.storeName(), LinkedHashMap::new, Collectors.toList()));
                for (List<Run> ofStore : byStore.values()) {
                    for (Run run : List.of(ofStore.get(0), ofStore.get(ofStore.size() - 1))) {
                        if (run.page == null) {
                            run.page = dashboard(run, Path.of(jar), directory);
                            System.out.println(run.describe() + ", dashboard page: " + run.page);
                        }
                    }
                }
            }
        } finally {
            if (!keep) {
                runs.forEach(run -> run.database.drop());
            }
        }
        Report report = new Report(runs, sizes, started, loadAtStart, loadAverage(), keep, reuse,
                System.getProperty("bench.command", "(see benchmarks/statistics.sh)"));
        System.out.println();
        System.out.println(report.detail());
        if (!out.isBlank()) {
            Path outDirectory = Files.createDirectories(Path.of(out));
            Files.writeString(outDirectory.resolve("statistics.md"), report.detail(), StandardCharsets.UTF_8);
            Files.writeString(outDirectory.resolve("statistics.rows.md"), report.rows(), StandardCharsets.UTF_8);
            System.out.println("written: " + outDirectory.resolve("statistics.md") + ", "
                    + outDirectory.resolve("statistics.rows.md"));
        }
    }

    /**
     * Seeds (or finds kept) every database: the stores at once, each in a thread of its own (PostgreSQL
     * works in its own server process, so the two overlap), the sizes of a store one after the other.
     */
    private static void seedAll(List<Run> runs, boolean reuse) throws Exception {
        Map<String, List<Run>> byStore = runs.stream().collect(Collectors.groupingBy(run -> run.database.storeName(),
                LinkedHashMap::new, Collectors.toList()));
        ExecutorService threads = Executors.newFixedThreadPool(byStore.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<Run> ofStore : byStore.values()) {
                done.add(threads.submit(() -> {
                    for (Run run : ofStore) {
                        run.seeding = reuse && run.database.isComplete() ? reused(run.database)
                                : seed(run.database, run.size);
                        System.out.println(run.describe() + ": " + run.seeding.describe());
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    static String email(int user) {
        return "seller" + user + "@bench.example";
    }

    /**
     * Fills a fresh database: users and customers, then the quotes in chunks of 5,000 (each chunk one
     * transaction: the product's batched quote insert, then the work orders of its converted quotes), made
     * by a second thread while the previous chunk is written; then checks the summary tables.
     */
    private static Seeding seed(BenchDatabase database, int size) throws InterruptedException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String hash = new Argon2PasswordHasher().hash(PASSWORD);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(UserBuilder.aUser().email(email(i)).fullName("Seller " + i)
                    .role(i == 0 ? Role.ADMIN : Role.SALES).passwordHash(hash).build());
        }
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.add(CustomerBuilder.aCustomer().name("Customer " + i).build());
        }
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(2);
        AtomicLong generatorCpu = new AtomicLong(-1);
        Thread producer = new Thread(() -> {
            RandomQuotes random = new RandomQuotes(size, now, 24, false).expirePastValidity().lines(LINES);
            try {
                for (int done = 0; done < size; done += CHUNK) {
                    List<Quote> quotes = new ArrayList<>(CHUNK);
                    List<WorkOrder> workOrders = new ArrayList<>();
                    for (int i = done; i < Math.min(size, done + CHUNK); i++) {
                        Quote quote = random.next(users.get(i % USERS),
                                customers.get(random.random().nextInt(CUSTOMERS)));
                        quotes.add(quote);
                        if (quote.status() == QuoteStatus.CONVERTED) {
                            workOrders.add(random.workOrderFor(quote));
                        }
                    }
                    queue.put(new Chunk(quotes, workOrders, null));
                }
                generatorCpu.set(THREADS.getCurrentThreadCpuTime());
                queue.put(new Chunk(List.of(), List.of(), null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                queue.offer(new Chunk(List.of(), List.of(), e));
            }
        }, "bench-quote-generator-" + database.storeName());

        long start = System.nanoTime();
        long writerCpuStart = THREADS.getCurrentThreadCpuTime();
        long writerCpu = 0;
        long checkNanos;
        String check;
        int quotes = 0;
        int workOrders = 0;
        long waitNanos = 0;
        try (JdbiStore store = database.openForSeeding()) {
            store.transactions().run(() -> {
                users.forEach(store.users()::insert);
                customers.forEach(store.customers()::insert);
            });
            producer.start();
            while (true) {
                long waitStart = System.nanoTime();
                Chunk chunk = queue.take();
                waitNanos += System.nanoTime() - waitStart;
                if (chunk.quotes().isEmpty() && chunk.failure() == null) {
                    break;
                }
                if (chunk.failure() != null) {
                    throw new IllegalStateException("generating quotes failed", chunk.failure());
                }
                Chunk written = chunk;
                store.transactions().run(() -> {
                    store.insertQuotes(written.quotes());
                    written.workOrders().forEach(store.workOrders()::insert);
                });
                quotes += chunk.quotes().size();
                workOrders += chunk.workOrders().size();
                if (quotes % 20_000 == 0) {
                    System.out.printf(Locale.ROOT, "  %s: %,d quotes seeded, %.0f quotes/s, writer waited for the"
                            + " generator %.1f s%n", database.location(), quotes,
                            quotes / ((System.nanoTime() - start) / 1e9), waitNanos / 1e9);
                }
            }
            writerCpu = THREADS.getCurrentThreadCpuTime() - writerCpuStart;
            long checkStart = System.nanoTime();
            check = BenchDatabase.checkSummaries(store);
            checkNanos = System.nanoTime() - checkStart;
        } finally {
            producer.interrupt();
            producer.join();
        }
        double seconds = (System.nanoTime() - start - checkNanos) / 1e9;
        database.markComplete();
        System.out.printf(Locale.ROOT, "  %s: the writer waited for the generator %.1f s of %.1f s%n", database.location(),
                waitNanos / 1e9, seconds);
        Seeding seeding = new Seeding(false, quotes, workOrders, seconds, checkNanos / 1e9, check, database.bytes(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), loadAverage(), writerCpu / 1e3 / quotes,
                generatorCpu.get() / 1e3 / quotes);
        database.saveNote(seeding.note());
        return seeding;
    }

    /** Kept data: the figures of its seeding come from the note saved with it. */
    private static Seeding reused(BenchDatabase database) {
        try (JdbiStore store = database.open()) {
            Seeding noted = Seeding.ofNote(database.note());
            long quotes = BenchDatabase.count(store, "quotes");
            if (noted == null || noted.quotes() != quotes) {
                throw new IllegalStateException(database.location() + " has " + quotes + " quotes but its seeding note"
                        + " says " + database.note() + "; drop it (run without reuse)");
            }
            return new Seeding(true, quotes, BenchDatabase.count(store, "work_orders"), noted.seconds(),
                    noted.checkSeconds(), noted.check(), database.bytes(), noted.seededAt(), noted.seedingLoad(),
                    noted.writerCpuMicros(), noted.generatorCpuMicros());
        }
    }

    private static Map<String, Timings> measure(BenchDatabase database) {
        try (JdbiStore store = database.open()) {
            // the data was generated up to its seeding moment: measure "now" as then
            Instant now = BenchDatabase.newestQuote(store).plusSeconds(60).truncatedTo(ChronoUnit.MINUTES);
            User oneUser = store.users().findByEmail(email(ONE_USER)).orElseThrow();
            Map<String, Timings> timings = new LinkedHashMap<>();
            timings.put(ONE_USER_SCOPE, time(store, new StatisticsQuery(oneUser.id(), null, null, now, ZONE)));
            timings.put(EVERYONE, time(store, new StatisticsQuery(null, null, null, now, ZONE)));
            timings.put(LAST_90_DAYS, time(store, new StatisticsQuery(null, now.minus(Duration.ofDays(90)), now, now, ZONE)));
            return timings;
        }
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
        return Timings.of(nanos, cpuNanos, 0);
    }

    /**
     * Starts {@code wqs serve} on the database, signs in over HTTP as the ADMIN and as the measured SALES
     * user, and times {@code GET /dashboard} (where {@code GET /} redirects): the ADMIN's everyone view and
     * the SALES user's own view, each after a warm-up.
     */
    private static Map<String, Timings> dashboard(Run run, Path jar, Path directory) throws Exception {
        Files.createDirectories(directory);
        Path log = directory.resolve("serve-" + run.database.storeName().toLowerCase(Locale.ROOT) + "-" + run.size + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString()));
        command.addAll(run.database.wqsArguments());
        command.addAll(List.of("serve", "--host", "127.0.0.1", "--port", "0"));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread output = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8)); PrintWriter file = new PrintWriter(Files.newBufferedWriter(log))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    file.println(line);
                    file.flush();
                    Matcher listening = LISTENING.matcher(line);
                    if (listening.find()) {
                        port.complete(Integer.parseInt(listening.group(1)));
                    }
                }
                port.completeExceptionally(new IllegalStateException("wqs serve ended before listening; see " + log));
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
        }, "wqs-serve-output");
        output.setDaemon(true);
        output.start();
        try {
            String base = "http://127.0.0.1:" + port.get(180, TimeUnit.SECONDS);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            String admin = signIn(client, base, email(0));
            String sales = signIn(client, base, email(ONE_USER));
            Map<String, Timings> timings = new LinkedHashMap<>();
            timings.put(PAGE_EVERYONE, timePage(client, base + "/dashboard?scope=all", admin));
            timings.put(PAGE_MINE, timePage(client, base + "/dashboard", sales));
            return timings;
        } finally {
            server.destroy(); // SIGTERM: the server's graceful stop
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    private static String signIn(HttpClient client, String base, String email) throws Exception {
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("wqs_session="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("sign-in as " + email + " failed: HTTP "
                        + response.statusCode()));
    }

    private static Timings timePage(HttpClient client, String url, String cookie) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).GET().build();
        int bytes = 0;
        for (int i = 0; i < HTTP_WARM_UP; i++) {
            bytes = page(client, request).length();
        }
        long[] nanos = new long[HTTP_RUNS];
        for (int i = 0; i < HTTP_RUNS; i++) {
            long start = System.nanoTime();
            page(client, request);
            nanos[i] = System.nanoTime() - start;
        }
        return Timings.of(nanos, null, bytes);
    }

    private static String page(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("Dashboard")) {
            throw new IllegalStateException(request.uri() + ": HTTP " + response.statusCode());
        }
        return response.body();
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** One store at one size: its data, the statistics timings and the page timings. */
    static final class Run {
        final BenchDatabase database;
        final int size;
        Seeding seeding;
        Map<String, Timings> timings;
        Map<String, Timings> page;

        Run(BenchDatabase database, int size) {
            this.database = database;
            this.size = size;
        }

        String describe() {
            return String.format(Locale.ROOT, "%s %,d quotes", database.storeName(), size);
        }
    }

    private record Chunk(List<Quote> quotes, List<WorkOrder> workOrders, RuntimeException failure) {
    }

    /** How the data came to be: seeded now (seconds, not counting the check) or kept from an earlier run. */
    record Seeding(boolean reused, long quotes, long workOrders, double seconds, double checkSeconds, String check,
            long bytes, String seededAt, String seedingLoad, double writerCpuMicros, double generatorCpuMicros) {
        private static final String SEPARATOR = "\t";

        double quotesPerSecond() {
            return quotes / seconds;
        }

        String note() {
            return String.join(SEPARATOR, Long.toString(quotes), Double.toString(seconds), Double.toString(checkSeconds),
                    seededAt, seedingLoad, check, Double.toString(writerCpuMicros), Double.toString(generatorCpuMicros));
        }

        static Seeding ofNote(String note) {
            String[] fields = note.split(SEPARATOR);
            if (fields.length != 6 && fields.length != 8) {
                return null;
            }
            return new Seeding(true, Long.parseLong(fields[0]), 0, Double.parseDouble(fields[1]),
                    Double.parseDouble(fields[2]), fields[5], 0, fields[3], fields[4],
                    fields.length == 8 ? Double.parseDouble(fields[6]) : Double.NaN,
                    fields.length == 8 ? Double.parseDouble(fields[7]) : Double.NaN);
        }

        String describe() {
            return reused ? String.format(Locale.ROOT, "reused (seeded %s in %.1f s), %,d quotes, %.0f MB", seededAt,
                    seconds, quotes, bytes / 1e6)
                    : String.format(Locale.ROOT, "seeded %,d quotes and %,d work orders in %.1f s (%,.0f quotes/s;"
                            + " CPU per quote: writer %.0f µs, generator %.0f µs), %.0f MB; %s (%.1f s)", quotes,
                            workOrders, seconds, quotesPerSecond(), writerCpuMicros, generatorCpuMicros, bytes / 1e6,
                            check, checkSeconds);
        }
    }

    /** Median and p99 wall time in milliseconds; the median CPU time of the calling thread; the page size. */
    record Timings(double median, double p99, double cpuMedian, int bytes) {
        static Timings of(long[] nanos, long[] cpuNanos, int bytes) {
            Arrays.sort(nanos);
            double cpu = Double.NaN;
            if (cpuNanos != null) {
                Arrays.sort(cpuNanos);
                cpu = cpuNanos[cpuNanos.length / 2] / 1e6;
            }
            return new Timings(nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6, cpu,
                    bytes);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f / %.2f ms", median, p99);
        }
    }
}
