package com.wqs.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule; lists every bad field. Nothing was changed. */
public class ValidationException extends DomainException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("validation_failed", describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation error needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The same errors with {@code prefix} put before every field path, e.g. {@code lines[3].}. */
    public ValidationException prefixed(String prefix) {
        return new ValidationException(errors.stream()
                .map(e -> new FieldError(prefix + e.field(), e.message()))
                .toList());
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.VALIDATION;
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
