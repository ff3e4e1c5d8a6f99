package com.wqs.application.service;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the field errors of several independent checks, so one request reports every bad field
 * at once instead of the first only.
 */
final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    /** Runs {@code check}; its validation errors are kept and null is returned in their place. */
    <T> T check(Supplier<T> check) {
        return check("", check);
    }

    /** As {@link #check(Supplier)}, with {@code prefix} put before every reported field. */
    <T> T check(String prefix, Supplier<T> check) {
        try {
            return check.get();
        } catch (ValidationException e) {
            e.errors().forEach(error -> add(prefix + error.field(), error.message()));
            return null;
        }
    }

    void check(Runnable check) {
        check(() -> {
            check.run();
            return null;
        });
    }

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean isValid() {
        return errors.isEmpty();
    }

    /** The errors collected so far as one exception (call when not {@link #isValid()}). */
    ValidationException error() {
        return new ValidationException(errors);
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
