package com.wqs.application.inmemory;

import com.wqs.application.port.out.TransactionRunner;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The tables behind one lock. Every read and write holds the lock, so each repository call is atomic;
 * a transaction holds it from begin to end (writers are serialised, like SQLite's single writer),
 * takes a snapshot on begin and puts it back when the work throws, so a failed transaction leaves
 * nothing half-written. Nested transactions join the outer one.
 */
final class InMemoryDatabase implements TransactionRunner {
    private final ReentrantLock lock = new ReentrantLock();
    private final Tables tables = new Tables();
    /** Nesting depth of the transaction of the thread holding the lock; only read or written under the lock. */
    private int transactionDepth;

    <T> T read(Function<Tables, T> query) {
        lock.lock();
        try {
            return query.apply(tables);
        } finally {
            lock.unlock();
        }
    }

    void write(Consumer<Tables> change) {
        writeAndGet(t -> {
            change.accept(t);
            return null;
        });
    }

    <T> T writeAndGet(Function<Tables, T> change) {
        lock.lock();
        try {
            return change.apply(tables);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (transactionDepth > 0) {
                return joined(work);
            }
            Tables snapshot = tables.copy();
            transactionDepth = 1;
            try {
                return work.get();
            } catch (Throwable failure) {
                tables.restoreFrom(snapshot);
                throw failure;
            } finally {
                transactionDepth = 0;
            }
        } finally {
            lock.unlock();
        }
    }

    private <T> T joined(Supplier<T> work) {
        transactionDepth++;
        try {
            return work.get();
        } finally {
            transactionDepth--;
        }
    }
}
