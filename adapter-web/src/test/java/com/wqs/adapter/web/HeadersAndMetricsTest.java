package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    static final String METRICS_TOKEN = "metrics-token-for-tests-0123456789";
    private static WebTestServer env;

    @BeforeAll
    static void start() {
        env = WebTestServer.start(WebConfig.defaults().withMaxBodyBytes(2048).withMetricsToken(METRICS_TOKEN),
                List.of());
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

        HttpResult metrics = env.http.get("/metrics", Credentials.bearer(METRICS_TOKEN));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.text())
                .contains("http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/api/v1/customers/{id}\"}")
                .contains("http_server_requests_seconds_count{method=\"GET\",status=\"404\",uri=\"/api/v1/customers/{id}\"}")
                .doesNotContain(env.customer.id().toString());
    }

    @Test
    void metricsNeedTheMetricsToken() {
        for (Credentials wrong : List.of(Credentials.NONE, Credentials.bearer(METRICS_TOKEN + "x"),
                Credentials.bearer(METRICS_TOKEN.substring(1)), env.bearer(env.admin), env.session(env.admin))) {
            HttpResult refused = env.http.get("/metrics", wrong);
            assertThat(refused.status()).as("%s -> %s", wrong, refused).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"metrics\"");
            assertThat(refused.text()).doesNotContain("http_server_requests");
        }
        HttpResult lowerCaseScheme = env.http.send("GET", "/metrics", null, null, Credentials.NONE,
                Map.of("Authorization", "bearer " + METRICS_TOKEN));
        assertThat(lowerCaseScheme.status()).isEqualTo(200);
    }

    @Test
    void withoutAConfiguredMetricsTokenThereAreNoMetrics() {
        try (WebTestServer plain = WebTestServer.start()) {
            for (Credentials any : List.of(Credentials.NONE, Credentials.bearer(METRICS_TOKEN), plain.bearer(plain.admin))) {
                HttpResult result = plain.http.get("/metrics", any);
                assertThat(result.status()).as("%s -> %s", any, result).isEqualTo(404);
                assertThat(result.contentType()).startsWith("application/problem+json");
                assertThat(result.text()).doesNotContain("http_server_requests");
            }
        }
    }

    @Test
    void aMetricsTokenTooShortOrWithSpacesIsRefusedAtConfiguration() {
        for (String bad : List.of("short", "", "has spaces in the middle of it", "x".repeat(15))) {
            assertThatThrownBy(() -> WebConfig.defaults().withMetricsToken(bad))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metrics token");
        }
    }
}
