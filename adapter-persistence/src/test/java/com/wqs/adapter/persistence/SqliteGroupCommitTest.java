package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SQLite's writers share commits ({@link GroupCommit}): writers queued behind one that is writing run in
 * its transaction, each in a savepoint, and the group commits once; one writer's failure undoes only its
 * own writes; a failed commit fails every writer of the group and keeps nothing.
 */
class SqliteGroupCommitTest {
    @RegisterExtension
    final TestDatabases.Sqlite databases = TestDatabases.sqlite();

    private JdbiStore store;
    private Database db;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeEach
    void createTables() {
        store = databases.newStore();
        db = store.database();
        // Groups here form while writer "a" waits for the others to queue, however slow the machine is.
        db.writers().holdOpenAtMost(TimeUnit.MINUTES.toNanos(2));
        db.writeVoid(h -> {
            h.execute("CREATE TABLE gc_parent (id TEXT PRIMARY KEY)");
            h.execute("CREATE TABLE gc_child (parent TEXT REFERENCES gc_parent (id) DEFERRABLE INITIALLY DEFERRED)");
        });
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        store.close();
    }

    @Test
    void writersQueuedBehindOneThatIsWritingShareItsCommitAndSeeWhatWasWrittenBeforeThem() throws Exception {
        long before = db.writers().commits();

        List<Future<Integer>> writers = group(
                () -> insertParent("b"),
                () -> insertParent("c"));

        assertThat(parents()).containsExactlyInAnyOrder("a", "b", "c");
        // b and c each saw the rows of the writers before it in the same transaction: 1 and 2 others.
        assertThat(List.of(writers.get(1).get(), writers.get(2).get())).containsExactlyInAnyOrder(1, 2);
        assertThat(db.writers().commits() - before).isEqualTo(1);
    }

    @Test
    void aWriterThatFailsUndoesOnlyItsOwnWritesAndGetsItsOwnError() throws Exception {
        List<Future<Integer>> writers = group(
                () -> {
                    insertParent("b");
                    throw new IllegalArgumentException("b is refused");
                },
                () -> insertParent("c"));

        assertThat(failure(writers.get(1))).isInstanceOf(IllegalArgumentException.class).hasMessage("b is refused");
        assertThat(writers.get(0).get()).isZero();
        assertThat(writers.get(2).get()).isIn(1, 2);
        assertThat(parents()).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void whenTheSharedCommitFailsEveryWriterOfTheGroupFailsAndNothingOfItIsKept() throws Exception {
        List<Future<Integer>> writers = group(
                () -> insertParent("b"),
                () -> {
                    // A deferred foreign key is checked at COMMIT: the orphan makes the group's commit fail.
                    db.writeVoid(h -> h.execute("INSERT INTO gc_child (parent) VALUES ('nobody')"));
                    return 0;
                });

        for (Future<Integer> writer : writers) {
            assertThat(failure(writer)).rootCause().hasMessageContaining("FOREIGN KEY constraint failed");
        }
        assertThat(parents()).isEmpty();
        int children = db.read(h -> h.createQuery("SELECT COUNT(*) FROM gc_child").mapTo(Integer.class).one());
        assertThat(children).isZero();
    }

    @Test
    void aWriterAloneCommitsAtOnce() {
        long before = db.writers().commits();

        db.inTransaction(() -> insertParent("solo"));

        assertThat(parents()).containsExactly("solo");
        assertThat(db.writers().commits() - before).isEqualTo(1);
    }

    /**
     * Writer "a" inserts its row and waits, inside its transaction, until {@code others} are queued
     * behind it; then all finish. Returns the futures of a, then the others in the given order.
     */
    @SafeVarargs
    private List<Future<Integer>> group(Supplier<Integer>... others) throws Exception {
        CountDownLatch aIsWriting = new CountDownLatch(1);
        List<Future<Integer>> writers = new ArrayList<>();
        writers.add(threads.submit(() -> db.inTransaction(() -> {
            int seen = insertParent("a");
            aIsWriting.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (db.writers().queuedWriters() < others.length && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            return seen;
        })));
        assertThat(aIsWriting.await(60, TimeUnit.SECONDS)).isTrue();
        for (Supplier<Integer> other : others) {
            writers.add(threads.submit(() -> db.inTransaction(other)));
        }
        for (Future<Integer> writer : writers) {
            try {
                writer.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException expected) {
                // inspected by the test
            }
        }
        return writers;
    }

    /** Inserts a parent row and returns how many rows its transaction saw before it. */
    private int insertParent(String id) {
        return db.write(h -> {
            int before = h.createQuery("SELECT COUNT(*) FROM gc_parent").mapTo(Integer.class).one();
            h.createUpdate("INSERT INTO gc_parent (id) VALUES (:id)").bind("id", id).execute();
            return before;
        });
    }

    private List<String> parents() {
        return db.read(h -> h.createQuery("SELECT id FROM gc_parent ORDER BY id").mapTo(String.class).list());
    }

    private static Throwable failure(Future<Integer> writer) {
        try {
            writer.get();
            throw new AssertionError("the writer did not fail");
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
