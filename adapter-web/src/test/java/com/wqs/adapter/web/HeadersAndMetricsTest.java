package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every response carries, whatever its outcome, and what the monitoring endpoints expose. */
class HeadersAndMetricsTest {
    private static WebTestServer env;

    @BeforeAll
    static void start() {
        env = WebTestServer.start(WebConfig.defaults().withMaxBodyBytes(2048), List.of());
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void everyResponseHasARequestIdAndTheSecurityHeaders() {
        List<HttpResult> responses = List.of(
                env.http.get("/health/live", Credentials.NONE),
                env.http.get("/api/v1/me", env.bearer(env.sales)),
                env.http.get("/api/v1/me", Credentials.NONE),
                env.http.get("/no/such/page", Credentials.NONE),
                env.http.delete("/api/v1/me", env.bearer(env.sales)),
                env.http.send("POST", "/api/v1/customers", HttpApi.bytes("x".repeat(4096)), HttpApi.JSON,
                        env.bearer(env.sales), Map.of()),
                env.http.send("POST", "/api/v1/customers", HttpApi.bytes("{}"), "text/plain", env.bearer(env.sales),
                        Map.of()));
        assertThat(responses).extracting(HttpResult::status).containsExactly(200, 200, 401, 404, 405, 413, 415);
        for (HttpResult response : responses) {
            assertThat(response.header("X-Request-Id")).as("%s", response).isNotBlank();
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'",
                    "frame-ancestors 'none'", "script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
            if (response.status() >= 400) {
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.json().get("requestId").asText()).isEqualTo(response.header("X-Request-Id"));
                assertThat(response.json().get("status").asInt()).isEqualTo(response.status());
            }
        }
        assertThat(responses.get(1).header("Cache-Control")).isEqualTo("no-store");
        assertThat(responses.get(4).header("Allow")).contains("GET");
    }

    @Test
    void readinessReflectsTheStore() {
        HttpResult ready = env.http.get("/health/ready", Credentials.NONE);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsCountRequestsPerRouteTemplateAndStatus() {
        env.http.get("/api/v1/customers/" + env.customer.id(), env.bearer(env.sales));
        env.http.get("/api/v1/customers/" + UUID.randomUUID(), env.bearer(env.sales));

        HttpResult metrics = env.http.get("/metrics", Credentials.NONE);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.text())
                .contains("http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/api/v1/customers/{id}\"}")
                .contains("http_server_requests_seconds_count{method=\"GET\",status=\"404\",uri=\"/api/v1/customers/{id}\"}")
                .doesNotContain(env.customer.id().toString());
    }
}
