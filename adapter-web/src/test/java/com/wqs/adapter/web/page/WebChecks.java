package com.wqs.adapter.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The page checkers the browser tests run: axe-core (accessibility, in the page) and the Nu Html Checker
 * (vnu.jar, on the served HTML). Both come from npm: {@code npm install --prefix /opt/wqs-web-checks
 * axe-core@4.14.1 vnu-jar@26.9.27} ({@code .ci/run} does it); {@code WQS_TEST_WEB_CHECKS} names another folder.
 */
final class WebChecks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path HOME = Path.of(System.getenv().getOrDefault("WQS_TEST_WEB_CHECKS", "/opt/wqs-web-checks"),
            "node_modules");
    private static String axeSource;

    private WebChecks() {
    }

    /** axe-core's serious and critical violations on the open page, as {@code rule: target (summary)}. */
    static List<String> seriousAccessibilityViolations(Browser browser) {
        browser.driver().executeScript(axe());
        Object result = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', nodes: [], help: String(e)}])));
                """);
        List<String> found = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(String.valueOf(result))) {
                String impact = violation.path("impact").asText();
                if (!impact.equals("serious") && !impact.equals("critical")) {
                    continue;
                }
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                found.add(violation.path("id").asText() + " " + targets + " (" + violation.path("help").asText() + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The Nu Html Checker's errors for every {@code .html} file in {@code folder}, as {@code file:line: message}. */
    static List<String> htmlErrors(Path folder) {
        Path vnu = HOME.resolve("vnu-jar/build/dist/vnu.jar");
        requireInstalled(vnu);
        try (Stream<Path> files = Files.list(folder)) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-jar", vnu.toString(), "--errors-only", "--format", "json", "--exit-zero-always"));
            files.filter(f -> f.toString().endsWith(".html")).sorted().map(Path::toString).forEach(command::add);
            Path report = Files.createTempFile("vnu", ".json");
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(report.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("vnu.jar did not finish in 5 minutes");
            }
            String text = Files.readString(report, StandardCharsets.UTF_8);
            Files.delete(report);
            List<String> errors = new ArrayList<>();
            for (JsonNode message : JSON.readTree(text.substring(text.indexOf('{'))).path("messages")) {
                String file = message.path("url").asText();
                errors.add(file.substring(file.lastIndexOf('/') + 1) + ":" + message.path("lastLine").asText() + ": "
                        + message.path("message").asText() + " «" + message.path("extract").asText().strip() + "»");
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            Path script = HOME.resolve("axe-core/axe.min.js");
            requireInstalled(script);
            try {
                axeSource = Files.readString(script, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    private static void requireInstalled(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(file + " is missing: npm install --prefix /opt/wqs-web-checks axe-core@4.14.1"
                    + " vnu-jar@26.9.27 (.ci/run does it), or set WQS_TEST_WEB_CHECKS to the folder holding node_modules");
        }
    }
}
