package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import org.junit.jupiter.api.Test;

/** {@code /health/ready} answers 503 when the database cannot be reached, while liveness stays up. */
class ReadinessTest {
    @Test
    void aClosedDatabaseMakesTheServerNotReadyButStillLive() {
        try (WebTestServer env = WebTestServer.start()) {
            assertThat(env.http.get("/health/ready", Credentials.NONE).status()).isEqualTo(200);

            env.store.close();

            HttpResult ready = env.http.get("/health/ready", Credentials.NONE);
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.contentType()).startsWith("application/problem+json");
            assertThat(ready.json().get("requestId").asText()).isEqualTo(ready.header("X-Request-Id"));
            assertThat(env.http.get("/health/live", Credentials.NONE).status()).isEqualTo(200);
        }
    }
}
