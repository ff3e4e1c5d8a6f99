package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.WebTestServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /openapi.json} passes Redocly CLI's recommended rules with no error and no warning, on a server
 * with and without a public URL. Redocly is an npm package: {@code .ci/run} installs it
 * ({@code npm install --prefix /opt/redocly @redocly/cli@2.77.0}); the test runs {@code $WQS_REDOCLY}, or
 * {@code redocly} on the PATH, and fails saying so when neither is there.
 */
class OpenApiLintTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void theDocumentPassesRedoclysRecommendedRules() throws Exception {
        JsonNode report = lint(WebTestServer.start());

        assertThat(report.get("problems")).as("Redocly's problems").isEmpty();
        assertThat(report.get("totals").get("errors").asInt()).isZero();
        assertThat(report.get("totals").get("warnings").asInt()).isZero();
    }

    @Test
    void withAPublicUrlTheDocumentNamesItAsItsServerAndStillPasses() throws Exception {
        WebTestServer env = WebTestServer.start(
                WebConfig.defaults().withPublicUrl("https://quotes.example.org/"), List.of());
        JsonNode document;
        try {
            document = JSON.readTree(env.http.get("/openapi.json", Credentials.NONE).text());
        } finally {
            env.close();
        }
        assertThat(document.get("servers").get(0).get("url").asText()).isEqualTo("https://quotes.example.org");
        // Redocly warns about example.com servers only; example.org is a real reserved name too.
        JsonNode report = lint(document.toString());
        assertThat(report.get("problems")).isEmpty();
    }

    private JsonNode lint(WebTestServer env) throws Exception {
        try (env) {
            return lint(env.http.get("/openapi.json", Credentials.NONE).text());
        }
    }

    private JsonNode lint(String document) throws IOException, InterruptedException {
        Path file = directory.resolve("openapi.json");
        Files.writeString(file, document);
        Path config = directory.resolve("redocly.yaml");
        try (InputStream rules = OpenApiLintTest.class.getResourceAsStream("/openapi/redocly.yaml")) {
            Files.copy(rules, config);
        }
        List<String> command = new ArrayList<>(List.of(redocly(), "lint", file.toString(), "--config",
                config.toString(), "--format", "json"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(directory.resolve("stderr.txt").toFile());
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("redocly finished").isTrue();
        String output = new String(out, StandardCharsets.UTF_8);
        assertThat(output).as("redocly's JSON report (stderr: %s)",
                Files.readString(directory.resolve("stderr.txt"))).contains("\"totals\"");
        return JSON.readTree(output.substring(output.indexOf('{')));
    }

    private static String redocly() {
        String configured = System.getenv("WQS_REDOCLY");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "redocly"))) {
                return Path.of(dir, "redocly").toString();
            }
        }
        throw new AssertionError("Redocly CLI is needed to lint the OpenAPI document: "
                + "npm install --prefix /opt/redocly @redocly/cli@2.77.0 and set "
                + "WQS_REDOCLY=/opt/redocly/node_modules/.bin/redocly (.ci/run does both)");
    }
}
