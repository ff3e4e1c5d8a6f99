package com.wqs.adapter.web.page;

import com.wqs.adapter.web.i18n.Messages;
import com.wqs.adapter.web.i18n.ValidationTexts;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validation messages of a form, by field path ({@code name}, {@code lines[0].widthMm}); the inputs
 * are named by the same paths so each message is shown next to its field. The messages come from the core
 * in English; they are shown in the language of the page being rendered ({@link #renderingIn}, which the
 * {@link PageRenderer} sets from the page's {@link PageShell} or texts), through the {@code validation.*}
 * texts ({@link ValidationTexts}); a message without a text stays as it is.
 */
public final class FieldErrors {
    public static final FieldErrors NONE = new FieldErrors(List.of());
    private static final ThreadLocal<Messages> RENDERING = new ThreadLocal<>();
    private static final String FIELD_LABEL = "form.field.";
    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,4})]");

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    public FieldErrors(List<FieldError> errors) {
        for (FieldError error : errors) {
            byField.computeIfAbsent(error.field(), f -> new ArrayList<>()).add(error.message());
        }
    }

    /**
     * Runs {@code render} with the field errors it shows in {@code messages}' language (English messages as
     * they are when null).
     */
    static <T> T renderingIn(Messages messages, Supplier<T> render) {
        Messages before = RENDERING.get();
        RENDERING.set(messages);
        try {
            return render.get();
        } finally {
            if (before == null) {
                RENDERING.remove();
            } else {
                RENDERING.set(before);
            }
        }
    }

    private static Messages texts() {
        Messages messages = RENDERING.get();
        return messages == null ? Messages.of(Language.ENGLISH) : messages;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message for a field in the page's language, or null (so templates can omit the attribute or element). */
    public String get(String field) {
        List<String> messages = byField.get(field);
        if (messages == null) {
            return null;
        }
        Messages texts = texts();
        return String.join("; ", messages.stream().map(m -> ValidationTexts.message(texts, m)).toList());
    }

    /** "true" when the field has an error, else null: the value of {@code aria-invalid}. */
    public String invalid(String field) {
        return has(field) ? "true" : null;
    }

    /** The heading of the summary at the top of a form, in the page's language. */
    public String heading() {
        return texts().text("form.errors.heading");
    }

    /**
     * Every message as "field: message", for the summary at the top of a form; the field is named by its
     * {@code form.field.<path>} text when it has one ({@code lines[2].widthMm} by {@code form.field.lines[].widthMm}
     * with the line's number, 3), else by its path.
     */
    public List<String> summary() {
        return byField.keySet().stream().map(field -> label(field) + ": " + get(field)).toList();
    }

    private static String label(String field) {
        Matcher index = INDEX.matcher(field);
        String key = FIELD_LABEL + index.replaceAll("[]");
        Messages texts = texts();
        if (!texts.has(key)) {
            return field;
        }
        List<Object> numbers = new ArrayList<>();
        index.reset();
        while (index.find()) {
            numbers.add(Integer.parseInt(index.group(1)) + 1);
        }
        return texts.text(key, numbers.toArray());
    }
}
