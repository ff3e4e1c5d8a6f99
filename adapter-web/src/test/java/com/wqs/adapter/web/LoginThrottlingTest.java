package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failed logins are throttled by the use case per account and per client address; the web answers
 * 429 with Retry-After. Each test gets its own server, as throttling outlives a test.
 */
class LoginThrottlingTest {
    private WebTestServer env;

    @BeforeEach
    void start() {
        env = WebTestServer.start(WebConfig.defaults(), List.of());
    }

    @AfterEach
    void stop() {
        env.close();
    }

    @Test
    void tooManyFailuresForAnAccountAnswer429WithRetryAfterEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThat(login("sales@example.com", "wrong password " + i).status()).isEqualTo(401);
        }

        HttpResult throttled = login("sales@example.com", WebTestServer.PASSWORD);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 15L * 60 + 1);
        assertThat(throttled.json().get("requestId").asText()).isEqualTo(throttled.header("X-Request-Id"));
        assertThat(login("production@example.com", WebTestServer.PASSWORD).status())
                .as("another account from the same address").isEqualTo(200);

        env.advanceClock(Duration.ofMinutes(16));
        assertThat(login("sales@example.com", WebTestServer.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void tooManyFailuresFromOneAddressAnswer429ForEveryAccount() {
        for (int i = 0; i < 20; i++) {
            assertThat(login("nobody" + i + "@example.com", "wrong password").status()).isEqualTo(401);
        }
        HttpResult throttled = login("production@example.com", WebTestServer.PASSWORD);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotBlank();
    }

    /** Regression: the trust-forwarded-for option was ignored, so behind a proxy every client shared one counter. */
    @Test
    void behindATrustedProxyEachClientAddressTheProxyReportsHasItsOwnCount() {
        try (WebTestServer proxied = WebTestServer.start(WebConfig.defaults().withTrustForwardedFor(true), List.of())) {
            for (int i = 0; i < 20; i++) {
                // the first entries are the client's own claim; the proxy appends the address it saw
                Map<String, String> attacker = Map.of("X-Forwarded-For", "10.0.0." + i + ", 198.51.100.7");
                assertThat(login(proxied, "nobody" + i + "@example.com", "wrong password", attacker).status())
                        .isEqualTo(401);
            }
            assertThat(login(proxied, "production@example.com", WebTestServer.PASSWORD,
                    Map.of("X-Forwarded-For", "10.9.9.9, 198.51.100.7")).status()).isEqualTo(429);
            assertThat(login(proxied, "production@example.com", WebTestServer.PASSWORD,
                    Map.of("X-Forwarded-For", "192.0.2.44")).status()).isEqualTo(200);
        }
    }

    private static HttpResult login(WebTestServer server, String email, String password, Map<String, String> headers) {
        return server.http.send("POST", "/api/v1/auth/login", HttpApi.bytes(Requests.login(email, password)),
                HttpApi.JSON, Credentials.NONE, headers);
    }

    private HttpResult login(String email, String password) {
        return env.http.post("/api/v1/auth/login", Requests.login(email, password), Credentials.NONE);
    }
}
