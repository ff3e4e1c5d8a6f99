package com.wqs.adapter.web.api.csv;

import com.wqs.adapter.web.input.FieldParser;
import com.wqs.domain.shared.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Typed reading of CSV cells; a bad cell adds an error for its row and column and reads as null. */
final class CsvCells {
    private final List<FieldError> errors;
    private final FieldParser parser;

    CsvCells(List<FieldError> errors) {
        this.errors = errors;
        this.parser = new FieldParser(errors);
    }

    BigDecimal decimal(String field, String value) {
        return parser.decimal(field, value);
    }

    Integer integer(String field, String value) {
        return parser.integer(field, value);
    }

    /** {@code true}/{@code false} (any case); empty means null. */
    Boolean bool(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(new FieldError(field, "must be true or false"));
                yield null;
            }
        };
    }

    LocalDate date(String field, String value) {
        return parser.date(field, value);
    }

    <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        return parser.enumValue(field, value, type);
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    int errorCount() {
        return errors.size();
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }
}
