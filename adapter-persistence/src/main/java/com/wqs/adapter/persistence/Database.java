package com.wqs.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A JDBI instance with a transaction bound to the current thread: {@link #inTransaction} opens a
 * handle and binds it; repository calls made inside use that handle, calls outside use a short one of
 * their own. Nested transactions join the outer one.
 */
final class Database implements AutoCloseable {
    private final Jdbi jdbi;
    private final HikariDataSource pool;
    private final Dialect dialect;
    private final ThreadLocal<Handle> transactionHandle = new ThreadLocal<>();
    /** Set while this thread's bound transaction may write (it may still roll back). */
    private final ThreadLocal<Boolean> writing = new ThreadLocal<>();
    /** SQLite's writers, in arrival order, sharing commits; null where the database handles concurrent writers. */
    private final GroupCommit writers;

    Database(HikariDataSource pool, Dialect dialect) {
        this.jdbi = Jdbi.create(pool);
        this.pool = pool;
        this.dialect = dialect;
        this.writers = dialect == Dialect.SQLITE ? new GroupCommit(jdbi) : null;
    }

    Dialect dialect() {
        return dialect;
    }

    /** SQLite's queue of writers; null on a database that handles concurrent writers itself. */
    GroupCommit writers() {
        return writers;
    }

    DataSource dataSource() {
        return pool;
    }

    /**
     * A transaction that may write. On SQLite, which has one write lock per file, this process's writers
     * queue for it in arrival order and share commits ({@link GroupCommit}) instead of retrying in SQLite's
     * busy handler, which sleeps between attempts (writers of other processes still meet the busy timeout).
     */
    <T> T inTransaction(Supplier<T> work) {
        if (transactionHandle.get() != null) {
            return work.get();
        }
        writing.set(Boolean.TRUE);
        try {
            if (writers != null) {
                return writers.write(work, this::boundTo);
            }
            return bound(work, handle -> handle.inTransaction(h -> work.get()));
        } finally {
            writing.remove();
        }
    }

    /** Runs {@code work} with {@code handle} bound to this thread. */
    private <T> T boundTo(Handle handle, Supplier<T> work) {
        transactionHandle.set(handle);
        try {
            return work.get();
        } finally {
            transactionHandle.remove();
        }
    }

    /**
     * A transaction that only reads, bound like {@link #inTransaction} (nested, it joins the outer one). On
     * SQLite it begins DEFERRED: a WAL snapshot without the write lock, which connections configured for
     * IMMEDIATE transactions would otherwise take for every use case, reads included.
     */
    <T> T readOnly(Supplier<T> work) {
        return bound(work, handle -> dialect.inReadTransaction(handle, work));
    }

    /** Joins the bound transaction, or runs {@code transaction} on a new handle bound to this thread meanwhile. */
    private <T> T bound(Supplier<T> work, Function<Handle, T> transaction) {
        if (transactionHandle.get() != null) {
            return work.get();
        }
        try (Handle handle = jdbi.open()) {
            return boundTo(handle, () -> transaction.apply(handle));
        }
    }

    /**
     * Whether what this thread reads now may not be committed: inside a transaction that may write, whose
     * own writes it sees and which may still roll back (so nothing read in it may be kept for others).
     */
    boolean mayReadUncommitted() {
        return writing.get() != null;
    }

    /** Reads on the current transaction's handle, or on a short autocommit handle (no write lock on SQLite). */
    <T> T read(Function<Handle, T> query) {
        Handle bound = transactionHandle.get();
        if (bound != null) {
            return query.apply(bound);
        }
        try (Handle handle = jdbi.open()) {
            return query.apply(handle);
        }
    }

    /**
     * Writes inside the current transaction, or in a transaction of their own, so that on SQLite every
     * write starts with BEGIN IMMEDIATE and waits for the write lock instead of failing with SQLITE_BUSY.
     */
    <T> T write(Function<Handle, T> update) {
        return inTransaction(() -> update.apply(transactionHandle.get()));
    }

    void writeVoid(Consumer<Handle> update) {
        write(h -> {
            update.accept(h);
            return null;
        });
    }

    /** Closes the connection pool. */
    @Override
    public void close() {
        pool.close();
    }
}
