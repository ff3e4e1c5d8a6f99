package com.wqs.adapter.persistence;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * SQLite's writers of this process, in arrival order, sharing commits. SQLite has one write lock per
 * file, so writers take turns anyway; here they take them in a fair queue (no sleeping in SQLite's busy
 * handler), and a writer that finds others queued behind it leaves its transaction open for them instead
 * of committing: each of them runs its work in that transaction, inside a savepoint of its own, on its own
 * thread, and the last of the group commits for all. So a burst of N writers pays for one
 * {@code BEGIN IMMEDIATE} and one {@code COMMIT} (one write of the shared index pages to the WAL), not N.
 *
 * <p>Each writer's work keeps the transaction's rules: it sees what the writers before it wrote, and its
 * own failure rolls back to its savepoint only, undoing its writes and nobody else's. A writer returns
 * only once its group has committed, so what it returns is durable; if the commit fails, every writer of
 * the group fails and nothing of theirs is kept. A group closes at {@link #MAX_GROUP} writers or when it
 * has been open {@link #MAX_OPEN_NANOS}, so a slow writer (a PDF rendered inside its transaction) delays
 * the commit of the few before it, not of everyone after.
 */
final class GroupCommit {
    static final int MAX_GROUP = 64;
    static final long MAX_OPEN_NANOS = 5_000_000L;

    private final Jdbi jdbi;
    /** Whose turn it is to use the group's connection: one writer at a time, first come first served. */
    private final ReentrantLock turn = new ReentrantLock(true);
    /** The open group; read and written only by the holder of {@link #turn}. */
    private Group open;
    private final AtomicLong commits = new AtomicLong();
    private volatile long maxOpenNanos = MAX_OPEN_NANOS;

    GroupCommit(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Runs {@code work} in the open group's transaction (a new one when none is open), through
     * {@code bind}, which binds the handle to the calling thread while {@code work} runs.
     */
    <T> T write(Supplier<T> work, BiFunction<Handle, Supplier<T>, T> bind) {
        Group group;
        Outcome<T> outcome;
        turn.lock();
        try {
            group = open != null ? open : begin();
            try {
                outcome = group.run(work, bind);
            } catch (RuntimeException | Error e) {
                // The savepoint itself failed: the transaction is in an unknown state, so none of it commits.
                group.failed = group.failed != null ? group.failed : new IllegalStateException(
                        "a write transaction shared by " + group.members + " writers was lost", e);
                outcome = new Outcome<>(null, e);
            }
            if (group.failed == null && (turn.hasQueuedThreads() && group.members < MAX_GROUP
                    && System.nanoTime() - group.openedAt < maxOpenNanos)) {
                // Others wait for the write lock: they join this transaction, and the last of them commits.
            } else {
                open = null;
                if (group.finish()) {
                    commits.incrementAndGet();
                }
            }
        } finally {
            turn.unlock();
        }
        group.awaitCommit();
        return outcome.result();
    }

    /** Transactions committed so far (each for a group of one or more writers). */
    long commits() {
        return commits.get();
    }

    /** How long a group may stay open for more writers (tests lengthen it to form groups on a busy machine). */
    void holdOpenAtMost(long nanos) {
        maxOpenNanos = nanos;
    }

    /** Writers waiting for their turn now. */
    int queuedWriters() {
        return turn.getQueueLength();
    }

    private Group begin() {
        Handle handle = jdbi.open();
        try {
            handle.begin();
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
        open = new Group(handle, System.nanoTime());
        return open;
    }

    /** What one writer's work gave: its result, or what it threw (after its savepoint was rolled back). */
    private record Outcome<T>(T value, Throwable thrown) {
        T result() {
            if (thrown instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (thrown instanceof Error error) {
                throw error;
            }
            return value;
        }
    }

    /** One transaction shared by several writers, and the commit they all wait for. */
    private static final class Group {
        private final Handle handle;
        private final long openedAt;
        private final CompletableFuture<Void> committed = new CompletableFuture<>();
        private int members;
        /** Set when the transaction itself is lost (a savepoint could not be rolled back to): nothing commits. */
        private RuntimeException failed;

        Group(Handle handle, long openedAt) {
            this.handle = handle;
            this.openedAt = openedAt;
        }

        <T> Outcome<T> run(Supplier<T> work, BiFunction<Handle, Supplier<T>, T> bind) {
            String savepoint = "w" + members++;
            // Plain SQL: JDBI's savepoint calls track names themselves and forget one once rolled back to.
            handle.execute("SAVEPOINT " + savepoint);
            try {
                T value = bind.apply(handle, work);
                handle.execute("RELEASE SAVEPOINT " + savepoint);
                return new Outcome<>(value, null);
            } catch (RuntimeException | Error e) {
                try {
                    handle.execute("ROLLBACK TO SAVEPOINT " + savepoint);
                    handle.execute("RELEASE SAVEPOINT " + savepoint);
                } catch (RuntimeException lost) {
                    e.addSuppressed(lost);
                    failed = lost;
                }
                if (e instanceof Error && failed == null) {
                    // An error (out of memory, a bug) may have left the JVM's side of the work half done.
                    failed = new IllegalStateException("a writer of the group failed", e);
                }
                return new Outcome<>(null, e);
            }
        }

        /**
         * Commits (or, when the transaction was lost, rolls back) and releases every writer of the group.
         *
         * @return whether it committed
         */
        boolean finish() {
            try {
                if (failed != null) {
                    handle.rollback();
                    committed.completeExceptionally(failed);
                    return false;
                }
                handle.commit();
                committed.complete(null);
                return true;
            } catch (RuntimeException e) {
                try {
                    handle.rollback();
                } catch (RuntimeException rollback) {
                    e.addSuppressed(rollback);
                }
                committed.completeExceptionally(e);
                return false;
            } finally {
                handle.close();
            }
        }

        void awaitCommit() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        committed.get();
                        return;
                    } catch (InterruptedException e) {
                        // The group commits or fails without us; what we return depends on it.
                        interrupted = true;
                    } catch (ExecutionException e) {
                        Throwable cause = e.getCause();
                        throw cause instanceof RuntimeException runtime ? runtime
                                : new IllegalStateException("the group's commit failed", cause);
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
