package com.wqs.adapter.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;

/**
 * Where a command writes: results on stdout (JSON only with {@code --json}), messages, progress and
 * errors on stderr.
 */
public final class Output {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final boolean terminal;
    private final Style style;
    private ObjectMapper mapper;

    public Output(PrintWriter out, PrintWriter err, boolean json, boolean terminal, boolean colour) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.terminal = terminal;
        this.style = new Style(colour && !json);
    }

    public boolean json() {
        return json;
    }

    public Style style() {
        return style;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** The result of a command: {@code value} as JSON with {@code --json}, else what {@code human} prints. */
    public void result(Object value, Runnable human) {
        if (json) {
            printJson(value);
        } else {
            human.run();
            out.flush();
        }
    }

    public void printJson(Object value) {
        try {
            out.println(mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
        out.flush();
    }

    /** A line of the human result on stdout; nothing in JSON mode. */
    public void line(String text) {
        if (!json) {
            out.println(text);
            out.flush();
        }
    }

    /** A message for the person at the terminal, on stderr (also in JSON mode). */
    public void note(String text) {
        err.println(text);
        err.flush();
    }

    public void table(Table table) {
        table.print(out, style);
    }

    public Progress progress(String label, int total) {
        return new Progress(err, terminal, label, total);
    }

    public ObjectMapper mapper() {
        if (mapper == null) {
            mapper = Json.mapper();
        }
        return mapper;
    }
}
