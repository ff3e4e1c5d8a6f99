package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.RawHttp;
import com.wqs.adapter.web.support.WebTestServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 13 item 3: requests that fail in Jetty before any route runs (a URI it cannot read, a header too
 * large, a method it does not serve) are answered like every other error: problem+json with the request
 * id in the {@code X-Request-Id} header and in the problem, and the security headers. Bodies in a charset
 * other than UTF-8 are refused with 415, not misread.
 */
class ErrorsOutsideHandlersTest {
    private static WebTestServer env;

    @BeforeAll
    static void start() {
        env = WebTestServer.start();
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    /** {@code head}: the request line and headers as sent (see {@link RawHttp#head}). */
    record Early(String name, int status, String head) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Early> earlyFailures() {
        String big = "X-Big: " + "a".repeat(64 * 1024);
        return List.of(
                early("unencoded braces in the path", 400, "GET /api/v1/customers/{id} HTTP/1.1"),
                early("bad percent-encoding", 400, "GET /%zz HTTP/1.1"),
                early("bad percent-encoding in an API path", 400, "GET /api/v1/customers/%zz HTTP/1.1"),
                early("bad percent-encoding, PUT", 400, "PUT /api/v1/customers/%zz HTTP/1.1"),
                early("bad percent-encoding, DELETE", 400, "DELETE /%zz HTTP/1.1"),
                early("bad percent-encoding, PATCH", 400, "PATCH /%zz HTTP/1.1"),
                early("bad percent-encoding, OPTIONS", 400, "OPTIONS /%zz HTTP/1.1"),
                early("encoded NUL", 400, "GET /api/v1/customers/%00 HTTP/1.1"),
                early("dot-dot past the root", 400, "GET /../etc/passwd HTTP/1.1"),
                early("non-ASCII byte in the path", 400, "GET /health/live\u00e9 HTTP/1.1"),
                early("asterisk target on GET", 400, "GET * HTTP/1.1"),
                early("OPTIONS *", 404, "OPTIONS * HTTP/1.1"),
                early("CONNECT", 400, "CONNECT example.com:443 HTTP/1.1"),
                early("absolute URI for another host", 400, "GET http://evil.example/health/live HTTP/1.1"),
                early("URI of 20 000 characters", 414, "GET /" + "a".repeat(20_000) + " HTTP/1.1"),
                early("header of 64 KB", 431, "GET /health/live HTTP/1.1", big),
                early("header of 64 KB on a POST", 431, "POST /api/v1/customers HTTP/1.1", big),
                early("header line without a colon", 400, "GET /health/live HTTP/1.1", "Broken header"),
                early("control character in a header", 400, "GET /health/live HTTP/1.1", "X-A: \u0001"),
                early("folded header line", 400, "GET /health/live HTTP/1.1", " folded: x"),
                new Early("HTTP/1.1 without Host", 400, "GET /health/live HTTP/1.1\r\nX-Nothing: 1"),
                early("duplicate Host", 400, "GET /health/live HTTP/1.1", "Host: other.example"),
                early("bad Content-Length", 400, "POST /api/v1/customers HTTP/1.1", "Content-Length: abc"),
                early("two Content-Lengths", 400, "POST /api/v1/customers HTTP/1.1", "Content-Length: 3",
                        "Content-Length: 4"),
                early("Transfer-Encoding and Content-Length", 400, "POST /api/v1/customers HTTP/1.1",
                        "Transfer-Encoding: chunked", "Content-Length: 3"),
                early("unknown Transfer-Encoding", 400, "POST /api/v1/customers HTTP/1.1", "Transfer-Encoding: gzip"),
                early("unknown Expect", 417, "GET /health/live HTTP/1.1", "Expect: 100-banana"),
                early("HTTP/3.0 on a HTTP/1 connection", 505, "GET /health/live HTTP/3.0"),
                early("unknown method on a path without routes", 404, "FOO / HTTP/1.1"),
                early("unknown method", 405, "FOO /health/live HTTP/1.1"),
                early("unknown method on an API route", 405, "FOO /api/v1/customers HTTP/1.1"),
                early("TRACE", 405, "TRACE /health/live HTTP/1.1"),
                early("TRACE on an API route", 405, "TRACE /api/v1/me HTTP/1.1"));
    }

    private static Early early(String name, int status, String requestLine, String... headers) {
        return new Early(name, status, RawHttp.head(requestLine, headers));
    }

    @TestFactory
    Stream<DynamicTest> everyRequestJettyRefusesIsAnsweredWithAProblemAndARequestId() {
        return earlyFailures().stream().map(early -> DynamicTest.dynamicTest(early.name(), () -> assertProblem(
                RawHttp.exchange(env.server.port(), early.head(), null), early.status(), early.name())));
    }

    @Test
    void theClientsRequestIdIsKeptOnARequestJettyRefusesAfterReadingItsHeaders() {
        HttpResult result = RawHttp.exchange(env.server.port(),
                RawHttp.head("OPTIONS * HTTP/1.1", "X-Request-Id: trace-7.early"), null);
        assertProblem(result, 404, "OPTIONS *");
        assertThat(result.header("X-Request-Id")).isEqualTo("trace-7.early");
        assertThat(result.header("Connection")).isEqualTo("close");
    }

    @Test
    void aHeadRequestJettyRefusesGetsTheProblemHeadersWithoutABody() {
        HttpResult result = RawHttp.exchange(env.server.port(), RawHttp.head("HEAD /%zz HTTP/1.1"), null);
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.contentType()).startsWith("application/problem+json");
        assertThat(result.header("X-Request-Id")).isNotBlank();
        assertThat(result.body()).isEmpty();
    }

    @Test
    void aJsonBodyDeclaredInAnotherCharsetThanUtf8IsRefusedWith415() {
        byte[] utf16 = "{\"name\":\"Zoë\"}".getBytes(StandardCharsets.UTF_16);
        for (String type : List.of("application/json; charset=utf-16", "application/json;charset=ISO-8859-1",
                "application/json; charset=\"windows-1252\"")) {
            HttpResult result = env.http.send("POST", "/api/v1/customers", utf16, type, env.bearer(env.sales),
                    Map.of());
            assertProblem(result, 415, type);
            assertThat(result.json().get("detail").asText()).contains("UTF-8");
        }
    }

    @Test
    void aFormPostInAnotherCharsetThanUtf8IsRefusedWith415() {
        HttpResult result = env.http.send("POST", "/api/v1/auth/login", HttpApi.bytes("email=a%E9&password=x"),
                "application/x-www-form-urlencoded; charset=iso-8859-1", Credentials.NONE, Map.of());
        assertProblem(result, 415, "form in latin-1");
    }

    @Test
    void utf8DeclaredOrNotIsReadAsUtf8() {
        for (String type : List.of("application/json", "application/json; charset=utf-8",
                "application/json; charset=\"UTF-8\"", "application/json;charset=UTF8")) {
            HttpResult result = env.http.send("POST", "/api/v1/customers",
                    HttpApi.bytes("{\"name\":\"Zoë Ångström\"}"), type, env.bearer(env.sales), Map.of());
            assertThat(result.status()).as("%s -> %s", type, result).isEqualTo(201);
            assertThat(result.json().get("name").asText()).isEqualTo("Zoë Ångström");
        }
    }

    static void assertProblem(HttpResult result, int status, String what) {
        assertThat(result.status()).as("%s -> %s %s", what, result, result.headers().map()).isEqualTo(status);
        assertThat(result.contentType()).as("%s content type", what).startsWith("application/problem+json");
        String requestId = result.header("X-Request-Id");
        assertThat(requestId).as("%s X-Request-Id", what).isNotBlank();
        JsonNode problem = result.json();
        assertThat(problem.path("requestId").asText()).as("%s problem requestId", what).isEqualTo(requestId);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).startsWith("urn:wqs:problem:");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain("org.eclipse", "java.", "Exception");
        assertThat(result.header("X-Content-Type-Options")).as("%s nosniff", what).isEqualTo("nosniff");
        assertThat(result.header("Content-Security-Policy")).as("%s CSP", what).contains("default-src 'self'");
    }
}
