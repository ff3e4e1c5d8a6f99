package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wqs.adapter.web.AppVersion;
import com.wqs.adapter.web.http.SecurityHeaders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI at {@code /api/docs} over real HTTP, signed out: the page, its script, style sheet and icon from the
 * swagger-ui webjar with their content types, no inline script or style (the CSP forbids them), nothing from
 * another host; and {@code /health} with the application's version.
 */
class ApiDocsPageTest {
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
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
    void thePageAndItsAssetsAreServedFromThisServerUnderTheContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/api/docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(page.body()).contains("<div id=\"swagger-ui\">").doesNotContain("<script>", "<style", " style=",
                "http://", "https://");
        Matcher assets = ASSET.matcher(page.body());
        int served = 0;
        while (assets.find()) {
            String path = assets.group(1);
            assertThat(path).as("served by this server").startsWith("/");
            HttpResponse<String> asset = get(path);
            assertThat(asset.statusCode()).as(path).isEqualTo(200);
            String expected = path.endsWith(".js") ? "text/javascript" : path.endsWith(".css") ? "text/css" : "image/png";
            assertThat(asset.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith(expected);
            served++;
        }
        assertThat(served).isEqualTo(4);
        assertThat(get("/api/docs/swagger-ui-bundle.js").body()).contains("SwaggerUIBundle");
        assertThat(get("/static/api-docs.js").body()).contains("\"/openapi.json\"", "validatorUrl: null");
    }

    @Test
    void onlyTheWebjarsBrowserFilesAreServed() throws Exception {
        assertThat(get("/api/docs/index.html").statusCode()).isEqualTo(404);
        assertThat(get("/api/docs/swagger-initializer.js").statusCode()).isEqualTo(404);
        assertThat(get("/api/docs/..%2F..%2F..%2Fmaven%2Forg.webjars%2Fswagger-ui%2Fpom.properties").statusCode())
                .isEqualTo(404);
    }

    @Test
    void healthAnswersWithTheApplicationsVersion() throws Exception {
        JsonNode health = new ObjectMapper().readTree(get("/health").body());

        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("version").asText()).isEqualTo(AppVersion.get()).isNotBlank()
                .isNotEqualTo("development");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
