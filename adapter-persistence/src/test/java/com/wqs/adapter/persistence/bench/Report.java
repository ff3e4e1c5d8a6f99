package com.wqs.adapter.persistence.bench;

import com.wqs.adapter.persistence.bench.StatisticsBenchmark.Run;
import com.wqs.adapter.persistence.bench.StatisticsBenchmark.Timings;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The statistics benchmark's Markdown: rows for the summary table of {@code benchmarks/RESULTS.md}
 * ({@code | benchmark | case | median | p99 | ratio | notes |}) and the detail section.
 */
final class Report {
    private final Map<String, List<Run>> byStore;
    private final List<Integer> sizes;
    private final Instant started;
    private final Instant finished = Instant.now();
    private final String loadAtStart;
    private final String loadAtEnd;
    private final boolean keep;
    private final boolean reuse;
    private final String command;

    Report(List<Run> runs, List<Integer> sizes, Instant started, String loadAtStart, String loadAtEnd, boolean keep,
            boolean reuse, String command) {
        this.byStore = runs.stream().collect(Collectors.groupingBy(run -> run.database.storeName(), LinkedHashMap::new,
                Collectors.toList()));
        this.sizes = sizes;
        this.started = started;
        this.loadAtStart = loadAtStart;
        this.loadAtEnd = loadAtEnd;
        this.keep = keep;
        this.reuse = reuse;
        this.command = command;
    }

    /** Summary-table rows, no header: per store, the statistics for one user and for everyone, and the page. */
    String rows() {
        StringBuilder rows = new StringBuilder();
        byStore.forEach((store, runs) -> {
            Run smallest = runs.get(0);
            Run largest = runs.get(runs.size() - 1);
            String range = quotes(smallest.size) + " → " + quotes(largest.size) + " quotes";
            statisticsRow(rows, "Statistics, one user (" + store + ")", range, runs, StatisticsBenchmark.ONE_USER_SCOPE,
                    seedingNote(largest));
            statisticsRow(rows, "Statistics, everyone (" + store + ")", range, runs, StatisticsBenchmark.EVERYONE,
                    "last 90 days: " + ratio(runs, StatisticsBenchmark.LAST_90_DAYS, r -> r.timings) + ", "
                            + medians(runs, StatisticsBenchmark.LAST_90_DAYS));
            if (largest.page != null) {
                for (String page : List.of(StatisticsBenchmark.PAGE_EVERYONE, StatisticsBenchmark.PAGE_MINE)) {
                    Timings at = largest.page.get(page);
                    Timings small = smallest.page.get(page);
                    rows.append(String.format(Locale.ROOT, "| Dashboard page over HTTP (%s) | %s, %s | %s | %s | ×%.2f |"
                            + " %s quotes: %s median; GET /dashboard from `wqs serve`, %,d sequential requests, %s KB page |%n",
                            store, page, quotes(largest.size) + " quotes", ms(at.median()), ms(at.p99()),
                            at.median() / small.median(), quotes(smallest.size), ms(small.median()),
                            StatisticsBenchmark.HTTP_RUNS, kb(at.bytes())));
                }
            }
        });
        return rows.toString();
    }

    private void statisticsRow(StringBuilder rows, String benchmark, String range, List<Run> runs, String scope,
            String extra) {
        Timings largest = runs.get(runs.size() - 1).timings.get(scope);
        rows.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | medians %s; %s |%n", benchmark, range,
                ms(largest.median()), ms(largest.p99()), ratio(runs, scope, r -> r.timings), medians(runs, scope), extra));
    }

    private static String seedingNote(Run largest) {
        return String.format(Locale.ROOT, "%s quotes seeded at %,.0f quotes/s%s, %s", quotes(largest.size),
                largest.seeding.quotesPerSecond(), largest.seeding.reused() ? " (kept from an earlier run)" : "",
                megabytes(largest.seeding.bytes()));
    }

    private String medians(List<Run> runs, String scope) {
        return runs.stream().map(run -> ms(run.timings.get(scope).median())).collect(Collectors.joining(" / "))
                + " at " + runs.stream().map(run -> quotes(run.size)).collect(Collectors.joining(" / "));
    }

    private static String ratio(List<Run> runs, String scope, Function<Run, Map<String, Timings>> timings) {
        return String.format(Locale.ROOT, "×%.2f", timings.apply(runs.get(runs.size() - 1)).get(scope).median()
                / timings.apply(runs.get(0)).get(scope).median());
    }

    String detail() {
        StringBuilder md = new StringBuilder();
        md.append("## Statistics scaling\n\n");
        md.append("`QuoteStatistics.compute` — every figure of the dashboard — for one user, for everyone and for"
                + " everyone over the last 90 days, at ").append(sizes.stream().map(Report::quotes)
                .collect(Collectors.joining(", "))).append(" quotes on ").append(String.join(" and ", byStore.keySet()))
                .append(", all measured side by side in one run; then the dashboard page over real HTTP from a"
                        + " `wqs serve` process at the smallest and the largest size.\n\n");
        md.append("- Command: `").append(command).append("`\n");
        md.append(String.format(Locale.ROOT, "- Run: %s to %s (%.1f min); load average (1, 5, 15 min) %s at the start,"
                + " %s at the end; %d cores, Java %s, %s %s%n", started.truncatedTo(ChronoUnit.SECONDS),
                finished.truncatedTo(ChronoUnit.SECONDS), Duration.between(started, finished).toSeconds() / 60.0,
                loadAtStart, loadAtEnd, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch")));
        md.append("- Data, per size: 10 users (one ADMIN, nine SALES; each owns a tenth of the quotes), 200 customers,"
                + " quotes in every status created over the 24 months before the seeding (SENT quotes past their"
                + " validity EXPIRED, as the hourly job leaves them), totals 1.00–50,000.00, 3 lines each (2 windows,"
                + " 1 material; the earlier SQLite-only figures used 5) with the full pricing snapshot, history and sent revisions as the product stores"
                + " them, and a work order per converted quote. Written through the product's own batched quote"
                + " insert and work-order insert (which keep the summary tables), 5,000 quotes per transaction, on"
                + " a bulk-loading connection (SQLite: journal in memory, `synchronous=OFF`, 1 GB cache;"
                + " PostgreSQL: `synchronous_commit=off`, batches rewritten as multi-row INSERTs, then `VACUUM (ANALYZE)` as"
                + " autovacuum would do after a bulk load), quotes made by a"
                + " second thread, both stores seeded at the same time — measured afterwards, one at a time,"
                + " through the ordinary stores. After seeding, the summary tables are compared with aggregates of"
                + " all quotes and work orders (the \"check\" column).\n");
        md.append(String.format(Locale.ROOT, "- Statistics call: %d warm-up calls, then %d timed calls per scope, in"
                + " the benchmark's JVM (PostgreSQL over TCP on the same machine); \"client CPU\" is the calling"
                + " thread's CPU time. Dashboard: `GET /dashboard` (`GET /` redirects there) with a signed-in"
                + " session cookie, %d warm-up then %d timed sequential requests from one client (Java's HttpClient, HTTP/1.1, one"
                + " connection) to `java -jar adapter-cli/target/wqs.jar ... serve` (default JVM options), started"
                + " afresh for each database; the ADMIN's everyone view (`?scope=all`) and a SALES user's own view.%n", StatisticsBenchmark.WARM_UP,
                StatisticsBenchmark.RUNS, StatisticsBenchmark.HTTP_WARM_UP, StatisticsBenchmark.HTTP_RUNS));
        md.append("- Data ").append(reuse ? "reused from an earlier run where kept, " : "")
                .append(keep ? "kept after the run" : "deleted after the run").append(".\n\n");

        md.append("### Statistics call, milliseconds\n\n");
        md.append("| store | scope | quotes | median | p99 | client CPU median | median / median at ")
                .append(quotes(sizes.get(0))).append(" |\n|---|---|---:|---:|---:|---:|---:|\n");
        byStore.forEach((store, runs) -> {
            for (String scope : runs.get(0).timings.keySet()) {
                for (Run run : runs) {
                    Timings t = run.timings.get(scope);
                    md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.2f | %.2f | %.2f | %.2f |%n", store, scope,
                            run.size, t.median(), t.p99(), t.cpuMedian(),
                            t.median() / runs.get(0).timings.get(scope).median()));
                }
            }
        });
        if (byStore.values().stream().anyMatch(runs -> runs.get(runs.size() - 1).page != null)) {
            md.append("\n### Dashboard page over HTTP, milliseconds\n\n");
            md.append("| store | page | quotes | median | p99 | page KB | median / median at smallest |\n");
            md.append("|---|---|---:|---:|---:|---:|---:|\n");
            byStore.forEach((store, runs) -> {
                List<Run> measured = runs.stream().filter(run -> run.page != null).toList();
                if (measured.isEmpty()) {
                    return;
                }
                for (String page : measured.get(0).page.keySet()) {
                    for (Run run : measured) {
                        Timings t = run.page.get(page);
                        md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.2f | %.2f | %s | %.2f |%n", store, page,
                                run.size, t.median(), t.p99(), kb(t.bytes()), t.median() / measured.get(0).page.get(page)
                                        .median()));
                    }
                }
            });
        }
        md.append("\n### Data\n\n");
        md.append("| store | quotes | work orders | seeded in | quotes/s | CPU µs per quote: writer + generator thread"
                + " | seeded at (load average then) | on disk | check |\n");
        md.append("|---|---:|---:|---:|---:|---:|---|---:|---|\n");
        byStore.forEach((store, runs) -> {
            for (Run run : runs) {
                var s = run.seeding;
                md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f s | %,.0f | %s | %s%s (%s) | %s | %s (%.1f s) |%n",
                        store, s.quotes(), s.workOrders(), s.seconds(), s.quotesPerSecond(),
                        Double.isNaN(s.writerCpuMicros()) ? "not recorded" : String.format(Locale.ROOT, "%.0f + %.0f",
                                s.writerCpuMicros(), s.generatorCpuMicros()), s.seededAt(),
                        s.reused() ? ", an earlier run; kept" : "", s.seedingLoad(), megabytes(s.bytes()), s.check(),
                        s.checkSeconds()));
            }
        });
        md.append("\nWhere: ").append(byStore.values().stream().flatMap(List::stream)
                .map(run -> "`" + run.database.location() + "`").collect(Collectors.joining(", "))).append(".\n");
        return md.toString();
    }

    static String quotes(int size) {
        if (size >= 1_000_000 && size % 1_000_000 == 0) {
            return size / 1_000_000 + "M";
        }
        if (size >= 1_000 && size % 1_000 == 0) {
            return size / 1_000 + "k";
        }
        return String.format(Locale.ROOT, "%,d", size);
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.1f ms", millis);
    }

    private static String kb(int bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / 1024.0);
    }

    private static String megabytes(long bytes) {
        return bytes >= 1e9 ? String.format(Locale.ROOT, "%.1f GB", bytes / 1e9)
                : String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }
}
