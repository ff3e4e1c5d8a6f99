package com.wqs.adapter.web.input;

import com.wqs.domain.shared.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Typed reading of text that people type (HTML forms) or files carry (CSV cells). A value that does not
 * parse adds an error naming its field and reads as null, so that every bad field is reported at once;
 * an absent value (null) reads as null without an error.
 */
public final class FieldParser {
    private final List<FieldError> errors;

    /** Adds its errors to {@code errors}, the caller's list. */
    public FieldParser(List<FieldError> errors) {
        this.errors = errors;
    }

    public Integer integer(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number"));
            return null;
        }
    }

    public BigDecimal decimal(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a decimal number such as 12.50"));
            return null;
        }
    }

    /** An ISO date such as 2026-03-31. */
    public LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date such as 2026-03-31"));
            return null;
        }
    }

    /** The constant named by {@code value} in any case. */
    public <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }
}
