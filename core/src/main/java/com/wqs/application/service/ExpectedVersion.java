package com.wqs.application.service;

import com.wqs.domain.shared.StaleVersionException;
import java.util.function.LongFunction;

/**
 * Optimistic locking of edits made through the use cases: the client sends the version of the record it
 * read; an edit from an older one is refused ({@code <entity>.stale}, carrying the stored version) and
 * writes nothing. The repositories check the version again on write ({@code WHERE version = ?}), which
 * catches a writer that committed between the service's read and its write.
 */
final class ExpectedVersion {
    private ExpectedVersion() {
    }

    /**
     * Builds the changed record with the version the client sent ({@code build} gets it, 0 when missing); a
     * missing version is reported with the other bad fields as {@code version}.
     */
    static <T> T build(String entity, Long expected, LongFunction<T> build) {
        Validation validation = new Validation();
        if (expected == null) {
            validation.add("version", "is required: the version of the " + entity + " you read");
        }
        T record = validation.check(() -> build.apply(expected == null ? 0 : expected));
        validation.throwIfInvalid();
        return record;
    }

    /** @throws StaleVersionException when {@code expected} is not the {@code stored} version */
    static void require(String entity, String what, long stored, long expected) {
        if (stored != expected) {
            throw StaleVersionException.of(entity, what, stored, expected);
        }
    }
}
