package com.wqs.adapter.web.page;

import com.wqs.domain.shared.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validation messages of a form, by field path ({@code name}, {@code lines[0].widthMm}); the inputs
 * are named by the same paths so each message is shown next to its field.
 */
public final class FieldErrors {
    public static final FieldErrors NONE = new FieldErrors(List.of());

    private final Map<String, String> byField = new LinkedHashMap<>();

    public FieldErrors(List<FieldError> errors) {
        for (FieldError error : errors) {
            byField.merge(error.field(), error.message(), (a, b) -> a + "; " + b);
        }
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message for a field, or null (so templates can omit the attribute or element). */
    public String get(String field) {
        return byField.get(field);
    }

    /** "true" when the field has an error, else null: the value of {@code aria-invalid}. */
    public String invalid(String field) {
        return has(field) ? "true" : null;
    }

    /** Every message as "field: message", for the summary at the top of a form. */
    public List<String> summary() {
        return byField.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
    }
}
