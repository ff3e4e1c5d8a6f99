package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Own password change, token expiry and HTTPS cookies over HTTP (OWASP ASVS 5.0 items of issue 13). */
class AccountSecurityApiTest {
    private static final String NEW_PASSWORD = "seven blue lanterns drifting";

    @Test
    void changingOnesPasswordKeepsThisSessionEndsTheOtherAndRevokesEveryToken() {
        try (WebTestServer env = WebTestServer.start()) {
            Credentials.Session here = env.session(env.sales);
            Credentials.Session elsewhere = env.session(env.sales);
            String token = env.http.post("/api/v1/tokens", "{\"name\":\"script\"}", here).json().get("secret").asText();

            HttpResult changed = env.http.post("/api/v1/me/password", "{\"currentPassword\":\""
                    + WebTestServer.PASSWORD + "\",\"password\":\"" + NEW_PASSWORD + "\"}", here);

            assertThat(changed.status()).as("%s", changed).isEqualTo(200);
            assertThat(env.http.get("/api/v1/me", here).status()).isEqualTo(200);
            assertThat(env.http.get("/api/v1/me", elsewhere).status()).isEqualTo(401);
            assertThat(env.http.get("/api/v1/me", Credentials.bearer(token)).status()).isEqualTo(401);
            assertThat(env.http.post("/api/v1/auth/login", Requests.login("sales@example.com", NEW_PASSWORD),
                    Credentials.NONE).status()).isEqualTo(200);
        }
    }

    @Test
    void aWrongCurrentPasswordOrACommonNewOneIsRefusedByField() {
        try (WebTestServer env = WebTestServer.start()) {
            HttpResult wrong = env.http.post("/api/v1/me/password",
                    "{\"currentPassword\":\"not it at all\",\"password\":\"" + NEW_PASSWORD + "\"}", env.bearer(env.sales));
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.text()).contains("currentPassword");
            HttpResult common = env.http.post("/api/v1/me/password", "{\"currentPassword\":\"" + WebTestServer.PASSWORD
                    + "\",\"password\":\"iloveyou\"}", env.bearer(env.sales));
            assertThat(common.status()).isEqualTo(400);
            assertThat(common.text()).contains("most common passwords");
        }
    }

    @Test
    void anExpiredTokenAnswers401AndTheListShowsExpiryAndLastUse() {
        try (WebTestServer env = WebTestServer.start()) {
            HttpResult created = env.http.post("/api/v1/tokens", "{\"name\":\"week\",\"expiresInDays\":7}",
                    env.bearer(env.sales));
            assertThat(created.status()).isEqualTo(201);
            Credentials week = Credentials.bearer(created.json().get("secret").asText());
            assertThat(created.json().get("token").get("expiresAt").asText()).isEqualTo("2026-03-17T10:00:00Z");
            assertThat(env.http.get("/api/v1/me", week).status()).isEqualTo(200);
            assertThat(env.http.get("/api/v1/tokens", week).json().findValuesAsText("lastUsedAt"))
                    .contains("2026-03-10T10:00:00Z");

            env.advanceClock(Duration.ofDays(7));
            assertThat(env.http.get("/api/v1/me", week).status()).isEqualTo(401);
        }
    }

    @Test
    void behindHttpsTheSessionCookieIsSecureAndHostPrefixedAndHstsIsSent() {
        try (WebTestServer env = WebTestServer.start(WebConfig.defaults().withPublicUrl("https://quotes.example.com"),
                List.of())) {
            HttpResult login = env.http.post("/api/v1/auth/login", Requests.login("sales@example.com",
                    WebTestServer.PASSWORD), Credentials.NONE);
            String cookie = login.header("Set-Cookie");
            assertThat(cookie).startsWith("__Host-wqs_session=").contains("Secure", "Path=/", "HttpOnly")
                    .doesNotContainIgnoringCase("Domain=");
            assertThat(login.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
            String token = login.cookie("__Host-wqs_session");
            assertThat(env.http.send("GET", "/api/v1/me", null, null, Credentials.NONE,
                    Map.of("Cookie", "__Host-wqs_session=" + token)).status()).isEqualTo(200);
            assertThat(env.http.send("GET", "/api/v1/me", null, null, Credentials.NONE,
                    Map.of("Cookie", "wqs_session=" + token)).status()).as("the plain name is not read over HTTPS")
                    .isEqualTo(401);
        }
    }

    @Test
    void behindATrustedProxyForwardedProtoHttpsCountsAndPlainHttpStaysAsItWas() {
        try (WebTestServer env = WebTestServer.start(WebConfig.defaults().withTrustForwardedFor(true), List.of())) {
            HttpResult https = env.http.send("POST", "/api/v1/auth/login", com.wqs.adapter.web.support.HttpApi.bytes(
                    Requests.login("sales@example.com", WebTestServer.PASSWORD)), com.wqs.adapter.web.support.HttpApi.JSON,
                    Credentials.NONE, Map.of("X-Forwarded-Proto", "https"));
            assertThat(https.header("Set-Cookie")).startsWith("__Host-wqs_session=").contains("Secure");
            assertThat(https.header("Strict-Transport-Security")).isNotNull();
            HttpResult plain = env.http.post("/api/v1/auth/login", Requests.login("sales@example.com",
                    WebTestServer.PASSWORD), Credentials.NONE);
            assertThat(plain.header("Set-Cookie")).startsWith("wqs_session=").doesNotContain("Secure");
            assertThat(plain.header("Strict-Transport-Security")).isNull();
        }
        try (WebTestServer untrusted = WebTestServer.start()) {
            HttpResult forged = untrusted.http.send("POST", "/api/v1/auth/login", com.wqs.adapter.web.support.HttpApi
                    .bytes(Requests.login("sales@example.com", WebTestServer.PASSWORD)),
                    com.wqs.adapter.web.support.HttpApi.JSON, Credentials.NONE, Map.of("X-Forwarded-Proto", "https"));
            assertThat(forged.header("Set-Cookie")).as("no trusted proxy").startsWith("wqs_session=");
        }
    }
}
