package com.wqs.application.port.out;

import java.util.function.Supplier;

/**
 * The transaction boundary of a use case. Repository calls made inside {@code work} share one
 * transaction; it commits when {@code work} returns and rolls back when it throws. Nested calls join
 * the outer transaction.
 */
public interface TransactionRunner {
    <T> T inTransaction(Supplier<T> work);

    /**
     * A transaction for use cases that only read: one consistent view of the data, without taking the
     * write lock where the store has a single one (SQLite), so reads do not queue behind each other or
     * behind writers. {@code work} must not write. Nested in {@link #inTransaction}, it joins it.
     */
    default <T> T readOnly(Supplier<T> work) {
        return inTransaction(work);
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
