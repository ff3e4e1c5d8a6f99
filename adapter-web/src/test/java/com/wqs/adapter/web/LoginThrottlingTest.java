package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import java.time.Duration;
import java.util.List;
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

    private HttpResult login(String email, String password) {
        return env.http.post("/api/v1/auth/login", Requests.login(email, password), Credentials.NONE);
    }
}
