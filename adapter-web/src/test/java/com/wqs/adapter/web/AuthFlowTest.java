package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.http.Access;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sign-in end to end: login, the cookie, me, CSRF, logout, session expiry, bearer tokens. */
class AuthFlowTest {
    private static WebTestServer env;

    /** A form-posting page route, as the HTML pages register them: CSRF token in the _csrf field. */
    private static final RouteRegistrar FORM_PAGE = config -> {
        config.routes.post("/test/form", ctx -> ctx.result("saved by " + RequestAuth.actor(ctx).userId()));
        config.routes.get("/test/public", ctx -> ctx.result(RequestAuth.current(ctx).isPresent() ? "signed in" : "anonymous"),
                Access.PUBLIC);
    };

    @BeforeAll
    static void start() {
        env = WebTestServer.start(WebConfig.defaults(), List.of(FORM_PAGE));
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void loginSetsAnHttpOnlySameSiteSessionCookieAndAnswersTheUserWithoutSecrets() {
        HttpResult login = login("sales@example.com", WebTestServer.PASSWORD);

        assertThat(login.status()).isEqualTo(200);
        String cookie = login.header("Set-Cookie");
        assertThat(cookie).startsWith("wqs_session=").contains("Path=/", "HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure").doesNotContainIgnoringCase("Max-Age");
        JsonNode body = login.json();
        assertThat(body.get("user").get("email").asText()).isEqualTo("sales@example.com");
        assertThat(body.get("user").get("role").asText()).isEqualTo("SALES");
        assertThat(body.get("csrfToken").asText()).isNotBlank();
        assertThat(login.text()).doesNotContain(sessionToken(login), "password", "hash", WebTestServer.PASSWORD);
    }

    @Test
    void theSessionCookieAuthenticatesAndMeGivesTheCsrfTokenForStateChanges() {
        HttpResult login = login("sales@example.com", WebTestServer.PASSWORD);
        String csrf = login.json().get("csrfToken").asText();
        Credentials.Session session = Credentials.session(sessionToken(login), csrf);

        HttpResult me = env.http.get("/api/v1/me", session.withoutCsrf());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("csrfToken").asText()).isEqualTo(csrf);
        assertThat(me.json().get("authMethod").asText()).isEqualTo("SESSION");

        assertThat(env.http.post("/api/v1/customers", Requests.customer("No token"), session.withoutCsrf()).status())
                .isEqualTo(403);
        assertThat(env.http.post("/api/v1/customers", Requests.customer("Wrong token"),
                Credentials.session(session.cookie(), csrf + "x")).status()).isEqualTo(403);
        assertThat(env.http.post("/api/v1/customers", Requests.customer("With token"), session).status())
                .isEqualTo(201);
    }

    @Test
    void htmlFormsSendTheCsrfTokenAsTheCsrfFormField() {
        Credentials.Session session = env.session(env.sales);
        String form = "name=x&_csrf=" + session.csrfToken();
        HttpResult withToken = env.http.send("POST", "/test/form", HttpApi.bytes(form),
                "application/x-www-form-urlencoded", session.withoutCsrf(), Map.of());
        assertThat(withToken.status()).isEqualTo(200);
        assertThat(withToken.text()).isEqualTo("saved by " + env.sales.id());

        HttpResult withoutToken = env.http.send("POST", "/test/form", HttpApi.bytes("name=x"),
                "application/x-www-form-urlencoded", session.withoutCsrf(), Map.of());
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.contentType()).startsWith("application/problem+json");
    }

    /** Regression: Jetty's "bad multipart" while reading the form answered 500. */
    @Test
    void aFormPostWithAMultipartBodyWithoutBoundaryIsABadRequest() {
        Credentials.Session session = env.session(env.sales);
        HttpResult result = env.http.send("POST", "/test/form", HttpApi.bytes("name=x"), "multipart/form-data",
                session.withoutCsrf(), Map.of());
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.contentType()).startsWith("application/problem+json");
    }

    /** Regression: text the API refuses (NUL: PostgreSQL cannot store it) went through HTML forms. */
    @Test
    void aFormFieldWithAControlCharacterIsRefusedNamingTheField() {
        Credentials.Session session = env.session(env.sales);
        HttpResult result = env.http.send("POST", "/test/form", HttpApi.bytes("name=nul%00inside&notes=fine"),
                "application/x-www-form-urlencoded", session, Map.of());
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
    }

    @Test
    void publicPageRoutesTellWhetherSomeoneIsSignedIn() {
        assertThat(env.http.get("/test/public", Credentials.NONE).text()).isEqualTo("anonymous");
        assertThat(env.http.get("/test/public", env.session(env.sales).withoutCsrf()).text()).isEqualTo("signed in");
        assertThat(env.http.get("/test/public", Credentials.session("forged", null)).text()).isEqualTo("anonymous");
    }

    @Test
    void loginFromAnotherSiteIsRefusedByTheOriginCheck() {
        String body = Requests.login("sales@example.com", WebTestServer.PASSWORD);
        HttpResult crossSite = env.http.send("POST", "/api/v1/auth/login", HttpApi.bytes(body), HttpApi.JSON,
                Credentials.NONE, Map.of("Origin", "https://evil.example"));
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.header("Set-Cookie")).isNull();

        HttpResult crossSiteReferer = env.http.send("POST", "/api/v1/auth/login", HttpApi.bytes(body), HttpApi.JSON,
                Credentials.NONE, Map.of("Referer", "https://evil.example/login"));
        assertThat(crossSiteReferer.status()).isEqualTo(403);

        HttpResult opaque = env.http.send("POST", "/api/v1/auth/login", HttpApi.bytes(body), HttpApi.JSON,
                Credentials.NONE, Map.of("Origin", "null"));
        assertThat(opaque.status()).isEqualTo(403);

        HttpResult sameSite = env.http.send("POST", "/api/v1/auth/login", HttpApi.bytes(body), HttpApi.JSON,
                Credentials.NONE, Map.of("Origin", env.http.base().replace("localhost", "localhost")));
        assertThat(sameSite.status()).isEqualTo(200);
    }

    @Test
    void aCrossSiteStateChangeWithAValidSessionAndTokenIsStillRefused() {
        Credentials.Session session = env.session(env.sales);
        HttpResult result = env.http.send("POST", "/api/v1/customers", HttpApi.bytes(Requests.customer("Forged")),
                HttpApi.JSON, session, Map.of("Origin", "https://evil.example"));
        assertThat(result.status()).isEqualTo(403);
    }

    @Test
    void logoutEndsTheSessionAndClearsTheCookie() {
        HttpResult login = login("sales@example.com", WebTestServer.PASSWORD);
        Credentials.Session session = Credentials.session(sessionToken(login), login.json().get("csrfToken").asText());

        HttpResult logout = env.http.post("/api/v1/auth/logout", null, session);
        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.header("Set-Cookie")).startsWith("wqs_session=;").contains("Expires=Thu, 01 Jan 1970");
        assertThat(env.http.get("/api/v1/me", session).status()).isEqualTo(401);
    }

    @Test
    void everyLoginIssuesANewSessionAndEndsThePreviousOne() {
        HttpResult first = login("sales@example.com", WebTestServer.PASSWORD);
        String firstToken = sessionToken(first);
        HttpResult second = env.http.send("POST", "/api/v1/auth/login",
                HttpApi.bytes(Requests.login("sales@example.com", WebTestServer.PASSWORD)), HttpApi.JSON,
                Credentials.session(firstToken, null), Map.of());

        assertThat(second.status()).isEqualTo(200);
        assertThat(sessionToken(second)).isNotEqualTo(firstToken);
        assertThat(env.http.get("/api/v1/me", Credentials.session(firstToken, null)).status()).isEqualTo(401);
        assertThat(env.http.get("/api/v1/me", Credentials.session(sessionToken(second), null)).status()).isEqualTo(200);
    }

    @Test
    void aSessionIdleTooLongHasExpired() {
        Credentials.Session session = env.session(env.sales);
        env.advanceClock(Duration.ofMinutes(29));
        assertThat(env.http.get("/api/v1/me", session).status()).isEqualTo(200);
        env.advanceClock(Duration.ofMinutes(29));
        assertThat(env.http.get("/api/v1/me", session).status()).as("used 29 minutes ago").isEqualTo(200);
        env.advanceClock(Duration.ofMinutes(31));

        HttpResult expired = env.http.get("/api/v1/me", session);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aSessionEndsAtItsAbsoluteExpiryHoweverActiveItIs() {
        Credentials.Session session = env.session(env.sales);
        for (int i = 0; i < 28; i++) {
            env.advanceClock(Duration.ofMinutes(25));
            assertThat(env.http.get("/api/v1/me", session).status()).as("after %d min", (i + 1) * 25).isEqualTo(200);
        }
        env.advanceClock(Duration.ofMinutes(25));
        assertThat(env.http.get("/api/v1/me", session).status()).as("after 12 h 5 min").isEqualTo(401);
    }

    @Test
    void bearerTokensAuthenticateScriptsUntilRevoked() {
        Credentials.Session session = env.session(env.sales);
        HttpResult created = env.http.post("/api/v1/tokens", "{\"name\":\"nightly export\"}", session);
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("secret").asText();
        String id = created.json().get("token").get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/tokens/" + id);

        HttpResult me = env.http.get("/api/v1/me", Credentials.bearer(secret));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("authMethod").asText()).isEqualTo("TOKEN");
        assertThat(me.json().get("csrfToken").isNull()).isTrue();
        assertThat(env.http.get("/api/v1/tokens", Credentials.bearer(secret)).json().toString()).contains(id)
                .doesNotContain(secret);
        assertThat(env.http.post("/api/v1/customers", Requests.customer("By script"), Credentials.bearer(secret))
                .status()).as("bearer requests need no CSRF token").isEqualTo(201);

        assertThat(env.http.delete("/api/v1/tokens/" + id, Credentials.bearer(secret)).status()).isEqualTo(204);
        assertThat(env.http.get("/api/v1/me", Credentials.bearer(secret)).status()).isEqualTo(401);
    }

    @Test
    void aBadBearerTokenIsRefusedEvenAlongsideAValidSessionCookie() {
        Credentials.Session session = env.session(env.sales);
        HttpResult result = env.http.send("GET", "/api/v1/me", null, null, session,
                Map.of("Authorization", "Bearer not-a-token"));
        assertThat(result.status()).isEqualTo(401);
        assertThat(result.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(env.http.send("GET", "/api/v1/me", null, null, Credentials.NONE,
                Map.of("Authorization", "Basic c2FsZXM6cGFzcw==")).status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameGenericAnswer() {
        HttpResult wrongPassword = login("production@example.com", "not the password");
        HttpResult unknownEmail = login("nobody@example.com", "not the password");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("detail")).isEqualTo(unknownEmail.json().get("detail"));
        assertThat(wrongPassword.header("Set-Cookie")).isNull();
    }

    private static HttpResult login(String email, String password) {
        return env.http.post("/api/v1/auth/login", Requests.login(email, password), Credentials.NONE);
    }

    private static String sessionToken(HttpResult login) {
        String token = login.cookie("wqs_session");
        assertThat(token).isNotNull();
        return token;
    }
}
