package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.RouteExamples;
import com.wqs.adapter.web.support.RouteExamples.Req;
import com.wqs.adapter.web.support.RouteExamples.RouteCase;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.domain.user.User;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every route the running server has is exercised: without credentials (401, or the documented answer
 * of a public route), as a user whose role may use it (its success status), and as users who may not
 * (403 where refusing reveals nothing, 404 where the record's existence is secret). The routes are read
 * from the running app, so a route added without a case here fails {@link #everyRouteHasACase()}. Every
 * GET route is also asked with HEAD, which must pass the same checks and answer the same status, bodiless.
 */
class RouteCoverageTest {
    private static WebTestServer env;
    private static Map<String, RouteCase> cases;

    @BeforeAll
    static void start() {
        env = WebTestServer.start();
        cases = RouteExamples.of(env);
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void everyRouteHasACase() {
        Set<String> routes = env.server.routes().stream().map(r -> r.method() + " " + r.path())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(routes).as("routes of the running server without a case in RouteExamples")
                .isSubsetOf(cases.keySet());
        assertThat(cases.keySet()).as("cases for routes the server does not have").isSubsetOf(routes);
    }

    @TestFactory
    Stream<DynamicTest> everyRoute() {
        return cases.values().stream().map(c -> DynamicTest.dynamicTest(c.key(), () -> check(c)));
    }

    @TestFactory
    Stream<DynamicTest> headOfEveryGetRoute() {
        return cases.values().stream().filter(c -> c.method().equals("GET"))
                .map(c -> new RouteCase("HEAD", c.template(), c.anonymousStatus(), c.allowed(), c.successStatus(),
                        c.refused(), c.request()))
                .map(c -> DynamicTest.dynamicTest(c.key(), () -> check(c)));
    }

    private static void check(RouteCase c) {
        HttpResult anonymous = send(c, c.request().apply(env), Credentials.NONE);
        assertThat(anonymous.status()).as("%s without credentials: %s", c.key(), anonymous).isEqualTo(c.anonymousStatus());
        assertThat(anonymous.header("X-Request-Id")).isNotBlank();
        for (Map.Entry<User, Integer> refused : c.refused().entrySet()) {
            HttpResult result = send(c, c.request().apply(env), env.bearer(refused.getKey()));
            assertThat(result.status()).as("%s as %s: %s", c.key(), refused.getKey().email(), result)
                    .isEqualTo(refused.getValue());
            assertThat(result.contentType()).startsWith("application/problem+json");
        }
        HttpResult allowed = send(c, c.request().apply(env), env.bearer(c.allowed()));
        assertThat(allowed.status()).as("%s as %s: %s", c.key(), c.allowed().email(), allowed).isEqualTo(c.successStatus());
        if (c.method().equals("HEAD")) {
            assertThat(List.of(anonymous.body(), allowed.body())).as("%s bodies", c.key()).allMatch(b -> b.length == 0);
        }
    }

    private static HttpResult send(RouteCase c, Req req, Credentials credentials) {
        byte[] body = req.body() == null ? null : HttpApi.bytes(req.body());
        return env.http.send(c.method(), req.path(), body, req.contentType(), credentials, Map.of());
    }
}
