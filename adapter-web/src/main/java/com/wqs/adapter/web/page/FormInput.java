package com.wqs.adapter.web.page;

import com.wqs.adapter.web.input.FieldParser;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the fields of a posted HTML form. Text that does not parse (a width of "abc") becomes a
 * validation error naming the field instead of an exception; {@link #requireValid} throws them all.
 */
final class FormInput {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Function<String, String> source;
    private final List<FieldError> errors = new ArrayList<>();
    private final FieldParser parser = new FieldParser(errors);

    private FormInput(Function<String, String> source) {
        this.source = source;
    }

    static FormInput of(Context ctx) {
        return new FormInput(ctx::formParam);
    }

    static FormInput ofQuery(Context ctx) {
        return new FormInput(ctx::queryParam);
    }

    /** Trimmed text, "" when absent. */
    String text(String name) {
        String value = source.apply(name);
        return value == null ? "" : value.trim();
    }

    /** Trimmed text, null when absent or blank. */
    String optional(String name) {
        String value = text(name);
        return value.isEmpty() ? null : value;
    }

    boolean checked(String name) {
        String value = optional(name);
        return value != null && !"false".equalsIgnoreCase(value);
    }

    Integer integer(String name) {
        return parser.integer(name, optional(name));
    }

    BigDecimal decimal(String name) {
        return parser.decimal(name, optional(name));
    }

    /** The hidden {@code version} field: the version of the record the form was filled from (null if blank). */
    Long version() {
        Integer version = integer("version");
        return version == null ? null : version.longValue();
    }

    /** A whole number typed in {@code field}; null (and an error) when blank or not a number. */
    Integer requiredInteger(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return parser.integer(field, value.trim());
    }

    /** A decimal number typed in {@code field}; null (and an error) when blank or not a number. */
    BigDecimal requiredDecimal(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return parser.decimal(field, value.trim());
    }

    /** A percentage typed by a person (16 means 16 %) as a fraction (0.16). */
    BigDecimal percent(String name) {
        BigDecimal value = decimal(name);
        return value == null ? null : value.divide(HUNDRED);
    }

    LocalDate date(String name) {
        return parser.date(name, optional(name));
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        return parser.enumValue(name, optional(name), type);
    }

    /** A choice typed as {@code text} (a row kept as typed), reported under {@code field}; null when blank. */
    <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        return parser.enumValue(field, text == null || text.isBlank() ? null : text.trim(), type);
    }

    /** A layout in its text notation ({@code V[SL,SR]}); null when blank, or (with the error) when it does not parse. */
    com.wqs.domain.layout.Layout layout(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return com.wqs.domain.layout.LayoutNotation.parse(text.trim(), field);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** Whether {@code name} already has an error. */
    boolean hasError(String name) {
        return errors.stream().anyMatch(error -> error.field().equals(name));
    }

    void reject(String name, String message) {
        errors.add(new FieldError(name, message));
    }

    /** @throws ValidationException listing every field that did not parse */
    void requireValid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
