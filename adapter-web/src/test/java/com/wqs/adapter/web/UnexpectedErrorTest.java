package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.CapturedLogs;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production incident, replayed: a route calls a method that does not exist. The client gets a
 * generic 500 problem with the request id, and the log holds exactly one entry for that id with the
 * original error's type, message and stack trace; the error handler itself never fails, even for an
 * exception that cannot describe itself or a response that cannot be serialised.
 */
class UnexpectedErrorTest {
    private static WebTestServer env;

    /** Test-only routes, registered through the same extension point as the HTML pages. */
    private static final RouteRegistrar FAILING_ROUTES = config -> {
        config.routes.get("/test/missing-method", ctx -> {
            throw new AbstractMethodError("com.wqs.DashboardService.getQuoteStatistics(java.util.UUID)");
        });
        config.routes.get("/test/illegal-state", ctx -> {
            throw new IllegalStateException("quote service not wired: " + UUID.randomUUID());
        });
        config.routes.get("/test/unreadable-message", ctx -> {
            throw new UnreadableException();
        });
        config.routes.get("/test/unserialisable-response", ctx -> ctx.appData(WebServer.JSON_KEY).ok(ctx, new Object()));
        config.routes.get("/test/stack-overflow", UnexpectedErrorTest::recurse);
    };

    @BeforeAll
    static void start() {
        env = WebTestServer.start(WebConfig.defaults().withMetricsToken(HeadersAndMetricsTest.METRICS_TOKEN),
                List.of(FAILING_ROUTES));
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void aCallToAMissingMethodAnswersAGeneric500AndLogsTheOriginalErrorOnceWithTheRequestId() {
        try (CapturedLogs logs = CapturedLogs.warningsAndErrors()) {
            HttpResult result = env.http.get("/test/missing-method", env.bearer(env.sales));

            String requestId = assertGeneric500(result);
            List<ILoggingEvent> entries = logs.forRequest(requestId);
            assertThat(entries).hasSize(1);
            ILoggingEvent entry = entries.get(0);
            assertThat(entry.getLevel()).isEqualTo(Level.ERROR);
            assertThat(entry.getFormattedMessage()).contains(requestId, "java.lang.AbstractMethodError",
                    "getQuoteStatistics", "GET /test/missing-method");
            assertThat(entry.getThrowableProxy().getClassName()).isEqualTo("java.lang.AbstractMethodError");
            assertThat(CapturedLogs.stackTrace(entry)).contains("getQuoteStatistics")
                    .contains("at com.wqs.adapter.web.UnexpectedErrorTest");
            assertThat(entry.getMDCPropertyMap()).containsEntry("requestId", requestId);
        }
        assertThat(env.registry.get("wqs.unhandled.exceptions").tag("exception", "java.lang.AbstractMethodError")
                .counter().count()).isEqualTo(1.0);
        assertThat(env.http.get("/metrics", Credentials.bearer(HeadersAndMetricsTest.METRICS_TOKEN)).text())
                .contains("wqs_unhandled_exceptions_total{exception=\"java.lang.AbstractMethodError\"} 1.0");
    }

    @Test
    void anExceptionKeepsItsTypeMessageAndStackInTheLogButNotInTheResponse() {
        try (CapturedLogs logs = CapturedLogs.warningsAndErrors()) {
            HttpResult result = env.http.get("/test/illegal-state", env.bearer(env.sales));

            String requestId = assertGeneric500(result);
            assertThat(result.text()).doesNotContain("IllegalStateException", "not wired");
            ILoggingEvent entry = single(logs.forRequest(requestId));
            assertThat(entry.getThrowableProxy().getClassName()).isEqualTo("java.lang.IllegalStateException");
            assertThat(entry.getThrowableProxy().getMessage()).startsWith("quote service not wired");
            assertThat(CapturedLogs.stackTrace(entry)).contains("UnexpectedErrorTest");
        }
    }

    @Test
    void anExceptionWhoseMessageCannotBeReadIsStillAnswered500AndLoggedWithItsTypeAndStack() {
        try (CapturedLogs logs = CapturedLogs.warningsAndErrors()) {
            HttpResult result = env.http.get("/test/unreadable-message", env.bearer(env.sales));

            String requestId = assertGeneric500(result);
            ILoggingEvent entry = single(logs.forRequest(requestId));
            assertThat(entry.getFormattedMessage()).contains(UnreadableException.class.getName());
            assertThat(CapturedLogs.stackTrace(entry)).contains("UnexpectedErrorTest");
        }
    }

    @Test
    void aResponseThatCannotBeSerialisedIsA500WithTheSerialisationErrorLogged() {
        try (CapturedLogs logs = CapturedLogs.warningsAndErrors()) {
            HttpResult result = env.http.get("/test/unserialisable-response", env.bearer(env.sales));

            String requestId = assertGeneric500(result);
            ILoggingEvent entry = single(logs.forRequest(requestId));
            assertThat(CapturedLogs.stackTrace(entry)).contains("InvalidDefinitionException");
        }
    }

    @Test
    void aStackOverflowInAHandlerIsAnswered500() {
        try (CapturedLogs logs = CapturedLogs.warningsAndErrors()) {
            HttpResult result = env.http.get("/test/stack-overflow", env.bearer(env.sales));

            String requestId = assertGeneric500(result);
            assertThat(single(logs.forRequest(requestId)).getThrowableProxy().getClassName())
                    .isEqualTo("java.lang.StackOverflowError");
        }
    }

    @Test
    void theClientsRequestIdIsKeptWhenSaneAndReplacedOtherwise() {
        HttpResult kept = env.http.send("GET", "/test/illegal-state", null, null, env.bearer(env.sales),
                Map.of("X-Request-Id", "trace-42.abc"));
        assertThat(kept.header("X-Request-Id")).isEqualTo("trace-42.abc");
        assertThat(kept.json().get("requestId").asText()).isEqualTo("trace-42.abc");

        HttpResult replaced = env.http.send("GET", "/health/live", null, null, Credentials.NONE,
                Map.of("X-Request-Id", "<script>alert(1)</script>"));
        assertThat(replaced.header("X-Request-Id")).isNotEqualTo("<script>alert(1)</script>").hasSize(36);
    }

    @Test
    void theAccessLogHasOneLinePerRequestWithRouteStatusDurationRequestIdAndUser() {
        try (CapturedLogs logs = CapturedLogs.of("com.wqs.adapter.web.access", Level.INFO)) {
            HttpResult result = env.http.get("/api/v1/customers/" + env.customer.id(), env.bearer(env.sales));

            String requestId = result.header("X-Request-Id");
            ILoggingEvent line = single(logs.forRequest(requestId));
            assertThat(line.getFormattedMessage()).matches("GET /api/v1/customers/\\{id} 200 \\d+ms requestId="
                    + requestId + " userId=" + env.sales.id());
        }
    }

    private static String assertGeneric500(HttpResult result) {
        assertThat(result.status()).isEqualTo(500);
        assertThat(result.contentType()).startsWith("application/problem+json");
        JsonNode problem = result.json();
        String requestId = result.header("X-Request-Id");
        assertThat(requestId).isNotBlank();
        assertThat(problem.get("requestId").asText()).isEqualTo(requestId);
        assertThat(problem.get("status").asInt()).isEqualTo(500);
        assertThat(problem.get("type").asText()).isEqualTo("urn:wqs:problem:internal");
        assertThat(problem.get("title").asText()).isEqualTo("Internal Server Error");
        assertThat(problem.get("detail").asText()).contains("request id");
        return requestId;
    }

    private static ILoggingEvent single(List<ILoggingEvent> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static void recurse(io.javalin.http.Context ctx) {
        recurse(ctx);
    }

    /** An exception whose message (and so its toString) throws. */
    static final class UnreadableException extends RuntimeException {
        @Override
        public String getMessage() {
            throw new UnsupportedOperationException("no message for you");
        }
    }

}
