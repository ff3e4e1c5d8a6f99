package com.wqs.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.cli.reliability.WqsProcess;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's run path without the build: {@code wqs serve} as its own process on a fresh database,
 * ready on {@code /health/ready}, the login page served, {@code /metrics} for the token of
 * {@code $WQS_METRICS_TOKEN} only, and a clean stop on SIGTERM.
 */
class ServeSmokeTest {
    private static final String METRICS_TOKEN = "smoke-metrics-token-0123456789";

    @TempDir
    Path dir;

    @Test
    void theServerStartsServesTheLoginPageAndStopsOnSigterm() {
        try (WqsProcess server = WqsProcess.serve("serve", dir, List.of("--db", dir.resolve("serve.db").toString()),
                Map.of("WQS_ADMIN_EMAIL", "owner@shop.example", "WQS_ADMIN_PASSWORD", "a long password",
                        "WQS_METRICS_TOKEN", METRICS_TOKEN))) {
            HttpResult login = server.http().get("/login", Credentials.NONE);
            assertThat(login.status()).isEqualTo(200);
            assertThat(login.text()).containsIgnoringCase("<form").containsIgnoringCase("password");
            assertThat(server.http().get("/metrics", Credentials.NONE).status()).isEqualTo(401);
            HttpResult metrics = server.http().get("/metrics", Credentials.bearer(METRICS_TOKEN));
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.text()).contains("http_server_requests_seconds_count");

            server.stop();

            assertThat(server.isAlive()).as("stopped after SIGTERM").isFalse();
            assertThat(server.logText()).contains("listening on http://127.0.0.1:" + server.port(),
                    "Created the first ADMIN", "Stopped");
        }
    }
}
