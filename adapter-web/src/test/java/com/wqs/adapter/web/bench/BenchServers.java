package com.wqs.adapter.web.bench;

import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.WebConfig;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.adapter.web.page.PageRoutes;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.List;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts, in one JVM, the WQS server over a fresh SQLite file (users, catalogue, one sent quote) and a
 * bare Javalin hello-world, then writes their ports, a bearer token and ids to the file named by the
 * first argument for {@code benchmarks/http.sh}, and serves until its standard input closes. Its
 * {@code /metrics} also reports the JVM's memory ({@code jvm_memory_used_bytes}), which the script samples
 * under load. Not a test.
 */
public final class BenchServers {
    /** benchmarks/http.sh reads the heap from {@code /metrics} with this token. */
    static final String METRICS_TOKEN = "bench-metrics-token-0123456789";

    private BenchServers() {
    }

    /**
     * Stores {@code count} more drafts of the worked example for the benchmark's user, one a minute back
     * from the fixture's start, in transactions of 1,000 through the store (as an import would), so the
     * quote list has a realistic length.
     */
    static void seedQuotes(WebTestServer wqs, int count) {
        Quote template = wqs.draft(wqs.sales);
        for (int start = 0; start < count; start += 1_000) {
            int from = start;
            int to = Math.min(count, start + 1_000);
            wqs.store.transactions().run(() -> {
                for (int i = from; i < to; i++) {
                    wqs.store.quotes().insert(Quote.newDraft(QuoteId.newId(), String.format("B-%07d", i),
                            wqs.sales.id(), template.customerId(), template.lines(), template.pricing(),
                            template.validUntil(), "", WebTestServer.START.minus(Duration.ofMinutes(i + 1))));
                }
            });
        }
    }

    public static void main(String[] args) throws IOException {
        Path envFile = Path.of(args[0]);
        try (WebTestServer wqs = WebTestServer.start(WebConfig.defaults().withMetricsToken(METRICS_TOKEN),
                useCases -> List.of(new PageRoutes(useCases)), WebTestServer.TEST_PDF)) {
            new JvmMemoryMetrics().bindTo(wqs.registry);
            Javalin bare = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.routes.get("/hello", ctx -> ctx.result("Hello World"));
            }).start("127.0.0.1", 0);
            String quoteId = wqs.sent(wqs.sales).id().toString();
            seedQuotes(wqs, Integer.parseInt(System.getenv().getOrDefault("WQS_BENCH_LIST_QUOTES", "0")));
            String token = ((Credentials.Bearer) wqs.bearer(wqs.sales)).secret();
            String session = wqs.session(wqs.sales).cookie();
            Files.writeString(envFile, String.join("\n",
                    "WQS_PORT=" + wqs.server.port(),
                    "BARE_PORT=" + bare.port(),
                    "TOKEN=" + token,
                    "SESSION=" + session,
                    "QUOTE_ID=" + quoteId,
                    "CUSTOMER_ID=" + wqs.customer.id(),
                    ""), StandardCharsets.UTF_8);
            System.out.println("bench servers ready: " + envFile);
            while (System.in.read() != -1) {
                // serve until the script closes our standard input
            }
            bare.stop();
        }
    }
}
