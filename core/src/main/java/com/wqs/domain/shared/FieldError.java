package com.wqs.domain.shared;

import java.util.Objects;

/** One bad input field: a path such as {@code lines[2].widthMm} and a human message. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
