package com.wqs.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's run path without the build: {@code wqs serve} as its own process on a fresh database,
 * ready on {@code /health/ready}, the login page served, and a clean stop on SIGTERM.
 */
class ServeSmokeTest {
    @TempDir
    Path dir;

    @Test
    void theServerStartsServesTheLoginPageAndStopsOnSigterm() throws Exception {
        int port = freePort();
        Path log = dir.resolve("serve.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--db", dir.resolve("serve.db").toString(), "serve", "--port", String.valueOf(port),
                "--host", "127.0.0.1"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("WQS_ADMIN_EMAIL", "owner@shop.example");
        builder.environment().put("WQS_ADMIN_PASSWORD", "a long password");
        Process server = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String base = "http://127.0.0.1:" + port;
            awaitReady(http, base + "/health/ready", server, log);

            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).containsIgnoringCase("<form").containsIgnoringCase("password");
        } finally {
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output).contains("listening on http://127.0.0.1:" + port, "Created the first ADMIN", "Stopped");
    }

    private static void awaitReady(HttpClient http, String url, Process server, Path log)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive()).as("server running; log:\n" + Files.readString(log)).isTrue();
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the port is not open yet: try again below
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within 3 minutes; log:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
