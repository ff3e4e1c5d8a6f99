package com.wqs.adapter.web.bench;

import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.WebConfig;
import com.wqs.adapter.web.support.WebTestServer;
import io.javalin.Javalin;
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

    public static void main(String[] args) throws IOException {
        Path envFile = Path.of(args[0]);
        try (WebTestServer wqs = WebTestServer.start(WebConfig.defaults().withMetricsToken(METRICS_TOKEN), List.of())) {
            new JvmMemoryMetrics().bindTo(wqs.registry);
            Javalin bare = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.routes.get("/hello", ctx -> ctx.result("Hello World"));
            }).start("127.0.0.1", 0);
            String quoteId = wqs.sent(wqs.sales).id().toString();
            String token = ((Credentials.Bearer) wqs.bearer(wqs.sales)).secret();
            Files.writeString(envFile, String.join("\n",
                    "WQS_PORT=" + wqs.server.port(),
                    "BARE_PORT=" + bare.port(),
                    "TOKEN=" + token,
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
