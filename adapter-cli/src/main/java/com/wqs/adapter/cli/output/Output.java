package com.wqs.adapter.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wqs.adapter.web.i18n.Messages;
import com.wqs.domain.shared.Language;
import java.io.PrintWriter;
import java.util.function.Supplier;

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
    private final Supplier<Messages> messages;
    private ObjectMapper mapper;

    /** In English. */
    public Output(PrintWriter out, PrintWriter err, boolean json, boolean terminal, boolean colour) {
        this(out, err, json, terminal, colour, () -> CliTexts.of(Language.ENGLISH));
    }

    /** {@code messages}: the run's language, asked for only when a text is written (it may need the database). */
    public Output(PrintWriter out, PrintWriter err, boolean json, boolean terminal, boolean colour,
            Supplier<Messages> messages) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.terminal = terminal;
        this.style = new Style(colour && !json);
        this.messages = messages;
    }

    /** A text of the run's language ({@code cli_<tag>.properties}), placeholders filled with {@code args}. */
    public String text(String key, Object... args) {
        return messages.get().text(key, args);
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

    /** The table, its column headers in the run's language ({@link CliTexts#header}). */
    public void table(Table table) {
        Messages texts = messages.get();
        table.print(out, style, header -> CliTexts.header(texts, header));
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
