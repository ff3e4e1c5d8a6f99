package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page route is guarded: without a session a page navigation is sent to the sign-in page (which
 * brings the user back), a script or a HEAD request gets 401, and a state change without the session's
 * CSRF token is refused. The routes are read from the running server, so a new page route must be listed here.
 */
class PageRouteGuardTest {
    /**
     * Anyone's: sign-in, assets, the API's Swagger UI (as public as the OpenAPI document it shows) and the
     * customer link (its token is the key; see CustomerLinkBrowserTest).
     */
    private static final Set<String> PUBLIC = Set.of("GET /", "GET /login", "POST /login", "GET /static/{file}",
            "GET /api/docs", "GET /api/docs/{file}",
            "GET /p/{token}", "GET /p/{token}/pdf", "POST /p/{token}/accept", "POST /p/{token}/reject",
            "POST /p/{token}/choose");

    private static PageTestServer server;

    @BeforeAll
    static void start() {
        server = new PageTestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyPageRouteIsCoveredHere() {
        Set<String> pageRoutes = pageRoutes();
        Set<String> covered = new TreeSet<>(PUBLIC);
        covered.addAll(guardedGets());
        covered.addAll(guardedPosts());
        assertThat(covered).isEqualTo(pageRoutes);
    }

    @Test
    void aSignedOutNavigationGoesToSignInAndAScriptGets401() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (String route : guardedGets()) {
            String path = concrete(route.substring("GET ".length()));
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(route).isEqualTo(303);
            assertThat(page.headers().firstValue("Location")).as(route)
                    .hasValue("/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));

            HttpResponse<String> script = client.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(script.statusCode()).as(route).isEqualTo(401);

            HttpResponse<String> head = client.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).as("HEAD " + route).isEqualTo(401);
        }
        for (String route : guardedPosts()) {
            HttpResponse<String> post = client.send(form(route, ""), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).as(route).isEqualTo(401);
        }
    }

    @Test
    void signingInReturnsToThePageAskedForWithItsQueryString() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(server.url("/quotes?status=SENT")))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        String signIn = page.headers().firstValue("Location").orElseThrow();
        assertThat(signIn).isEqualTo("/login?next=" + URLEncoder.encode("/quotes?status=SENT", StandardCharsets.UTF_8));

        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(server.url(signIn))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.body()).contains("name=\"next\" value=\"/quotes?status=SENT\"");

        HttpResponse<String> login = client.send(signInForm("/quotes?status=SENT"), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).hasValue("/quotes?status=SENT");
    }

    @Test
    void aSignedInFormPostWithoutTheCsrfTokenIsRefused() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = client.send(signInForm(""), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).hasValue("/dashboard");

        for (String route : guardedPosts()) {
            HttpResponse<String> post = client.send(form(route, "_csrf=not-the-token&name=x"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).as(route).isEqualTo(403);
        }
        assertThat(server.useCases().customers().search(server.adminActor(), null,
                com.wqs.application.port.out.PageRequest.FIRST).total()).isZero();
    }

    private static HttpRequest signInForm(String next) {
        return HttpRequest.newBuilder(URI.create(server.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(PageTestServer.ADMIN_EMAIL,
                        StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(PageTestServer.PASSWORD,
                        StandardCharsets.UTF_8) + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)))
                .build();
    }

    private static HttpRequest form(String route, String body) {
        return HttpRequest.newBuilder(URI.create(server.url(concrete(route.substring("POST ".length())))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String concrete(String template) {
        return template.replace("{id}", UUID.randomUUID().toString());
    }

    private static Set<String> pageRoutes() {
        return server.routes().stream()
                .filter(route -> !route.path().startsWith("/api/v1/") && !route.path().startsWith("/health")
                        && !route.path().equals("/metrics") && !route.path().equals("/openapi.json"))
                .map(route -> route.method() + " " + route.path())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> guardedGets() {
        return List.of("GET /dashboard", "GET /quotes", "GET /quotes/new", "GET /quotes/{id}", "GET /quotes/{id}/edit",
                "GET /work-orders", "GET /work-orders/{id}", "GET /work-orders/{id}/cut-list", "GET /cut-lists",
                "GET /offcuts",
                "GET /customers", "GET /customers/new",
                "GET /customers/{id}", "GET /catalog", "GET /catalog/materials/new", "GET /catalog/materials/{id}",
                "GET /catalog/products/new", "GET /catalog/products/{id}", "GET /users", "GET /settings",
                "GET /account");
    }

    private static List<String> guardedPosts() {
        return List.of("POST /logout", "POST /quotes", "POST /quotes/{id}/edit", "POST /quotes/drawing", "POST /quotes/{id}/send",
                "POST /quotes/{id}/resend",
                "POST /quotes/{id}/accept", "POST /quotes/{id}/reject", "POST /quotes/{id}/revise",
                "POST /quotes/{id}/cancel", "POST /quotes/{id}/convert", "POST /quotes/{id}/choice",
                "POST /quotes/{id}/duplicate", "POST /work-orders/{id}/status",
                "POST /work-orders/{id}/details", "POST /cut-lists/release", "POST /offcuts", "POST /offcuts/{id}",
                "POST /offcuts/{id}/discard", "POST /customers", "POST /customers/{id}", "POST /catalog/materials",
                "POST /catalog/materials/{id}", "POST /catalog/materials/{id}/delete", "POST /catalog/products",
                "POST /catalog/products/{id}", "POST /catalog/products/{id}/delete", "POST /catalog/labor-rates",
                "POST /catalog/import", "POST /users", "POST /users/{id}", "POST /users/{id}/password",
                "POST /settings", "POST /account/language", "POST /account/password", "POST /account/tokens", "POST /account/tokens/{id}/revoke",
                "POST /users/tokens/{id}/revoke", "POST /users/throttles/clear");
    }
}
