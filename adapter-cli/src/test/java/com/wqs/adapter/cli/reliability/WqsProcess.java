package com.wqs.adapter.cli.reliability;

import com.wqs.adapter.cli.Main;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code wqs} executable as a separate OS process: {@code wqs serve} on a free port of 127.0.0.1 (port 0,
 * read back from the log), or a one-off command such as {@code demo}. Its standard output and error go to a
 * log file, so a test can assert on the log and a failure can show its tail.
 *
 * <p>Under failsafe ({@code -Preliability}) the process runs the shaded jar named by the system property
 * {@code wqs.jar}, i.e. what ships; without it (an IDE run) it runs {@link Main} from the test class path.
 */
public final class WqsProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final String name;
    private final Process process;
    private final Path log;
    private int port;
    private HttpApi http;

    private WqsProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code wqs <database> serve} and waits until {@code /health/ready} answers 200; fails with the
     * log's tail when the process exits or is not ready in time (and then kills it).
     *
     * @param database {@code --db FILE} or {@code --jdbc-url URL}
     */
    public static WqsProcess serve(String name, Path directory, List<String> database, Map<String, String> env) {
        List<String> arguments = new ArrayList<>(database);
        arguments.addAll(List.of("serve", "--host", "127.0.0.1", "--port", "0"));
        WqsProcess server = start(name, directory, arguments, env);
        try {
            server.awaitReady();
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Runs a one-off command ({@code demo}, {@code migrate}, ...) to its end; fails with its output unless it exits 0. */
    public static String run(String name, Path directory, List<String> arguments) {
        try (WqsProcess command = start(name, directory, arguments, Map.of())) {
            if (!command.process.waitFor(5, TimeUnit.MINUTES)) {
                throw new AssertionError("wqs " + arguments + " did not end within 5 minutes:\n" + command.logTail(40));
            }
            String output = command.logText();
            if (command.process.exitValue() != 0) {
                throw new AssertionError("wqs " + arguments + " exited " + command.process.exitValue() + ":\n" + output);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static WqsProcess start(String name, Path directory, List<String> arguments, Map<String, String> env) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        String jar = System.getProperty("wqs.jar");
        if (jar != null) {
            if (!Files.isRegularFile(Path.of(jar))) {
                throw new IllegalStateException(jar + " is missing: run the build's package phase first");
            }
            command.addAll(List.of("-jar", jar));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        }
        command.addAll(arguments);
        Path log = directory.resolve(name + "-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        try {
            return new WqsProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    private void awaitReady() {
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " before it was ready; log:\n"
                        + logTail(60));
            }
            if (port == 0) {
                Matcher listening = LISTENING.matcher(logText());
                if (listening.find()) {
                    port = Integer.parseInt(listening.group(1));
                }
            }
            if (port != 0 && isReady(probe)) {
                http = new HttpApi(port);
                return;
            }
            sleep(Duration.ofMillis(200));
        }
        throw new AssertionError(name + " not ready within " + START_TIMEOUT.toSeconds() + " s; log:\n" + logTail(60));
    }

    private boolean isReady(HttpClient probe) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build();
            return probe.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** Real HTTP to this server. */
    public HttpApi http() {
        return http;
    }

    /** Signs in through the API, as a browser does: the session cookie and its CSRF token. */
    public Credentials.Session login(String email, String password) {
        var response = http.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
                Credentials.NONE);
        if (response.status() != 200) {
            throw new AssertionError("login on " + name + " failed: " + response);
        }
        String cookie = response.headerValues("Set-Cookie").stream().filter(c -> c.startsWith("wqs_session="))
                .map(c -> c.substring("wqs_session=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
        return Credentials.session(cookie, response.json().get("csrfToken").asText());
    }

    /** Signs in and creates an API token for scripts: {@code Authorization: Bearer <secret>}. */
    public Credentials bearerToken(String email, String password) {
        Credentials.Session session = login(email, password);
        var created = http.post("/api/v1/tokens", "{\"name\":\"reliability-" + name + "\"}", session);
        if (created.status() != 201) {
            throw new AssertionError("token on " + name + " failed: " + created);
        }
        return Credentials.bearer(created.json().get("secret").asText());
    }

    /**
     * SIGKILL, as {@code kill -9}: no shutdown hook runs, nothing is flushed or closed. (On Linux
     * {@link Process#destroyForcibly()} sends SIGKILL; the exit value 128 + 9 proves it.)
     */
    public int kill() {
        process.destroyForcibly();
        int exit = waitForExit();
        if (exit != 137) {
            throw new AssertionError(name + " was not ended by SIGKILL: exit value " + exit);
        }
        return exit;
    }

    /** SIGTERM: the server finishes requests in flight and closes the database. */
    public int stop() {
        process.destroy();
        return waitForExit();
    }

    private int waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(name + " did not exit within 60 s; log:\n" + logTail(40));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    public String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last {@code lines} lines of the log, for failure messages. */
    public String logTail(int lines) {
        List<String> all = logText().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Kills the process if it still runs: safe to call whatever happened before. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
