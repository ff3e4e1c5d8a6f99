package com.wqs.application.port.out;

import java.util.function.Supplier;

/**
 * The transaction boundary of a use case. Repository calls made inside {@code work} share one
 * transaction; it commits when {@code work} returns and rolls back when it throws. Nested calls join
 * the outer transaction.
 */
public interface TransactionRunner {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
