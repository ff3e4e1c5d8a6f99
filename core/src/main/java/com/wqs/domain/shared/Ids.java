package com.wqs.domain.shared;

import java.util.UUID;

/** Parsing of id strings that come from outside, with a validation error that names the field. */
public final class Ids {
    private Ids() {
    }

    public static UUID parse(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ValidationException(field, "is not a valid id");
        }
    }
}
