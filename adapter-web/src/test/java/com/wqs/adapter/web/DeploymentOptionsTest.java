package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Options for a deployment behind an HTTPS proxy: Secure cookies, a trusted public origin, a login page. */
class DeploymentOptionsTest {
    private static WebTestServer env;

    private static final RouteRegistrar PAGE = config -> config.routes.get("/quotes", ctx -> ctx.html("<p>quotes</p>"));

    @BeforeAll
    static void start() {
        env = WebTestServer.start(WebConfig.defaults().withSecureCookies(true)
                .withTrustedOrigins(List.of("https://quotes.example.com")).withLoginPagePath("/login"), List.of(PAGE));
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void theSessionCookieIsSecureWhenServedOverHttps() {
        HttpResult login = env.http.post("/api/v1/auth/login", Requests.login("sales@example.com",
                WebTestServer.PASSWORD), Credentials.NONE);
        assertThat(login.header("Set-Cookie")).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void theTrustedPublicOriginMayPostWhileOthersMayNot() {
        byte[] body = HttpApi.bytes(Requests.login("sales@example.com", WebTestServer.PASSWORD));
        assertThat(env.http.send("POST", "/api/v1/auth/login", body, HttpApi.JSON, Credentials.NONE,
                Map.of("Origin", "https://quotes.example.com")).status()).isEqualTo(200);
        assertThat(env.http.send("POST", "/api/v1/auth/login", body, HttpApi.JSON, Credentials.NONE,
                Map.of("Origin", "https://quotes.example.com.evil.example")).status()).isEqualTo(403);
    }

    @Test
    void anUnauthenticatedPageNavigationIsRedirectedToTheLoginPageButTheApiAnswers401() {
        HttpResult page = env.http.send("GET", "/quotes", null, null, Credentials.NONE,
                Map.of("Accept", "text/html,application/xhtml+xml"));
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).isEqualTo("/login?next=%2Fquotes");

        HttpResult api = env.http.send("GET", "/api/v1/quotes", null, null, Credentials.NONE,
                Map.of("Accept", "text/html"));
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.contentType()).startsWith("application/problem+json");

        HttpResult signedIn = env.http.send("GET", "/quotes", null, null, env.bearer(env.sales),
                Map.of("Accept", "text/html"));
        assertThat(signedIn.status()).isEqualTo(200);
    }
}
