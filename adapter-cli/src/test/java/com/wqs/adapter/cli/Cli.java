package com.wqs.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs {@code wqs} commands in-process against one SQLite file and captures what they print. */
public final class Cli {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path db;
    private final Map<String, String> env = new HashMap<>();

    public Cli(Path db) {
        this.db = db;
    }

    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Path db() {
        return db;
    }

    /** Runs with {@code --db FILE} put first. */
    public Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        return runRaw(all.toArray(String[]::new));
    }

    /** Runs exactly these arguments. */
    public Result runRaw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env, false);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs and insists on exit code 0, for the setup steps of a test. */
    public Result ok(String... args) {
        Result result = run(args);
        if (result.exitCode() != 0) {
            throw new AssertionError("wqs " + String.join(" ", args) + " exited " + result.exitCode() + "\nstdout: "
                    + result.out() + "\nstderr: " + result.err());
        }
        return result;
    }

    /** Runs with {@code --json} and parses stdout. */
    public JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        return ok(all.toArray(String[]::new)).json();
    }

    public record Result(int exitCode, String out, String err) {
        public JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("stdout is not JSON: " + out, e);
            }
        }

        public JsonNode errorJson() {
            try {
                return JSON.readTree(err).get("error");
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("stderr is not JSON: " + err, e);
            }
        }
    }
}
