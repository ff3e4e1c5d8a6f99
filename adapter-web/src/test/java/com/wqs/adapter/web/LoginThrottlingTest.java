package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failed logins are throttled by the use case per account and address, per address and per account; the
 * web answers 429 with Retry-After. Each test gets its own server, as throttling outlives a test.
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
    void afterFiveFailuresFromOneAddressThatAddressWaitsEvenWithTheRightPasswordAndOthersDoNot() {
        try (WebTestServer proxied = WebTestServer.start(WebConfig.defaults().withTrustForwardedFor(true), List.of())) {
            Map<String, String> attacker = Map.of("X-Forwarded-For", "198.51.100.7");
            for (int i = 0; i < 5; i++) {
                assertThat(login(proxied, "sales@example.com", "wrong password " + i, attacker).status()).isEqualTo(401);
            }

            HttpResult throttled = login(proxied, "sales@example.com", WebTestServer.PASSWORD, attacker);
            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.contentType()).startsWith("application/problem+json");
            assertThat(throttled.header("Retry-After")).isEqualTo("1");
            assertThat(throttled.json().get("requestId").asText()).isEqualTo(throttled.header("X-Request-Id"));
            assertThat(login(proxied, "sales@example.com", WebTestServer.PASSWORD,
                    Map.of("X-Forwarded-For", "192.0.2.44")).status()).as("the same account from elsewhere").isEqualTo(200);
            assertThat(login(proxied, "production@example.com", WebTestServer.PASSWORD, attacker).status())
                    .as("another account from the same address").isEqualTo(200);

            proxied.advanceClock(Duration.ofSeconds(1));
            assertThat(login(proxied, "sales@example.com", WebTestServer.PASSWORD, attacker).status()).isEqualTo(200);
        }
    }

    @Test
    void anAdminListsTheThrottlesAndClearsOneOverTheApi() {
        for (int i = 0; i < 5; i++) {
            assertThat(login("sales@example.com", "wrong password " + i).status()).isEqualTo(401);
        }
        HttpResult list = env.http.get("/api/v1/login-throttles", env.bearer(env.admin));
        assertThat(list.status()).isEqualTo(200);
        JsonNode first = list.json().get(0);
        assertThat(first.get("kind").asText()).isEqualTo("PAIR");
        assertThat(first.get("account").asText()).isEqualTo("sales@example.com");
        assertThat(first.get("failures").asInt()).isEqualTo(5);
        assertThat(first.get("blockedUntil").asText()).isNotBlank();
        assertThat(env.http.get("/api/v1/login-throttles", env.bearer(env.sales)).status()).isEqualTo(403);

        HttpResult cleared = env.http.send("DELETE", "/api/v1/login-throttles?key="
                + URLEncoder.encode(first.get("key").asText(), StandardCharsets.UTF_8), null, null,
                env.bearer(env.admin), Map.of());
        assertThat(cleared.status()).isEqualTo(204);
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
