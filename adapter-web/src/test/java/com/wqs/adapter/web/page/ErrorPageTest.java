package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.RouteRegistrar;
import com.wqs.adapter.web.support.CapturedLogs;
import com.wqs.domain.user.Role;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A browser navigation that ends in 403, 404 or 500 gets a small HTML page with the status and the
 * request id, and nothing of the exception; the API keeps answering problem+json, whatever the Accept.
 */
class ErrorPageTest {
    private static final String SECRET = "connection string jdbc:secret";
    private static final RouteRegistrar FAILING_ROUTES = config -> {
        config.routes.get("/test/broken-page", ctx -> {
            throw new IllegalStateException(SECRET);
        });
        config.routes.get("/api/test/broken", ctx -> {
            throw new IllegalStateException(SECRET);
        });
    };
    private static final String SALES_EMAIL = "sales@wqs.example";

    private static PageTestServer server;

    @BeforeAll
    static void start() {
        server = new PageTestServer(List.of(FAILING_ROUTES));
        server.addUser(SALES_EMAIL, "Sam Sales", Role.SALES);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aMissingRecordIsAnHtml404WithTheRequestId() throws IOException, InterruptedException {
        HttpResponse<String> page = navigate(signedIn(PageTestServer.ADMIN_EMAIL), "/quotes/" + UUID.randomUUID());

        assertHtmlErrorPage(page, 404, "Page not found");
    }

    @Test
    void anUnknownPathIsAnHtml404() throws IOException, InterruptedException {
        HttpResponse<String> page = navigate(HttpClient.newHttpClient(), "/no-such-page");

        assertHtmlErrorPage(page, 404, "Page not found");
    }

    @Test
    void aPageTheRoleMayNotSeeIsAnHtml403() throws IOException, InterruptedException {
        HttpResponse<String> page = navigate(signedIn(SALES_EMAIL), "/users");

        assertHtmlErrorPage(page, 403, "Not allowed");
    }

    @Test
    void anUnexpectedErrorIsAnHtml500WithoutItsDetailsAndIsLoggedOnceWhole() throws IOException, InterruptedException {
        try (CapturedLogs logs = CapturedLogs.warningsAndErrors()) {
            HttpResponse<String> page = navigate(signedIn(PageTestServer.ADMIN_EMAIL), "/test/broken-page");

            String requestId = assertHtmlErrorPage(page, 500, "Something went wrong");
            assertThat(page.body()).doesNotContain(SECRET, "IllegalStateException", "at com.wqs");
            assertThat(logs.forRequest(requestId)).singleElement().satisfies(entry -> {
                assertThat(entry.getFormattedMessage()).contains("java.lang.IllegalStateException", SECRET);
                assertThat(CapturedLogs.stackTrace(entry)).contains("at com.wqs.adapter.web.page.ErrorPageTest");
            });
        }
    }

    @Test
    void theApiKeepsProblemJsonEvenWhenHtmlIsAccepted() throws IOException, InterruptedException {
        HttpClient client = signedIn(PageTestServer.ADMIN_EMAIL);

        HttpResponse<String> missing = navigate(client, "/api/v1/quotes/" + UUID.randomUUID());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        try (CapturedLogs logs = CapturedLogs.warningsAndErrors()) {
            HttpResponse<String> broken = navigate(client, "/api/test/broken");
            assertThat(broken.statusCode()).isEqualTo(500);
            assertThat(broken.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(logs.forRequest(broken.headers().firstValue("X-Request-Id").orElseThrow())).hasSize(1);
        }
    }

    @Test
    void aScriptAskingForJsonStillGetsProblemJson() throws IOException, InterruptedException {
        HttpResponse<String> response = signedIn(PageTestServer.ADMIN_EMAIL).send(
                HttpRequest.newBuilder(URI.create(server.url("/quotes/" + UUID.randomUUID())))
                        .header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static String assertHtmlErrorPage(HttpResponse<String> page, int status, String title) {
        assertThat(page.statusCode()).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        String requestId = page.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(page.body()).contains("<h1>" + title + "</h1>", "/static/app.css",
                "<code id=\"request-id\">" + requestId + "</code>");
        return requestId;
    }

    private static HttpResponse<String> navigate(HttpClient client, String path)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient signedIn(String email) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(server.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(PageTestServer.PASSWORD, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(303);
        return client;
    }
}
