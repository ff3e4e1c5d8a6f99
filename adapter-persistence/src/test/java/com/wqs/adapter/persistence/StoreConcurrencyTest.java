package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.persistence.Concurrently.Result;
import com.wqs.application.port.in.ConvertQuoteToWorkOrderUseCase.Conversion;
import com.wqs.application.port.in.ConvertQuoteToWorkOrderUseCase.Outcome;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.out.NumberAllocator.Series;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.application.service.AuthPolicy;
import com.wqs.application.service.UseCases;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.testing.CatalogFixtures;
import com.wqs.testing.CustomerBuilder;
import com.wqs.testing.MutableClock;
import com.wqs.testing.UserBuilder;
import com.wqs.adapter.persistence.security.Argon2PasswordHasher;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Races through the real services and repositories, on two stores over the same database (as two
 * server instances would be), each with its own pool of connections.
 */
abstract class StoreConcurrencyTest {
    private static final int THREADS = 8;
    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    /** Shorter than the stores' busy timeout: a reader that waited for the write lock would miss it. */
    private static final int BUSY_TIMEOUT_SECONDS = 3;

    private JdbiStore first;
    private JdbiStore second;
    private Actor seller;
    private Customer customer;

    /** The subclass's registered databases. */
    abstract TestDatabases databases();

    @BeforeEach
    void openTwoStoresOnOneDatabase() {
        first = databases().newStore();
        second = databases().anotherStoreOnTheSameDatabase();
        User user = UserBuilder.aUser().role(Role.SALES).build();
        customer = CustomerBuilder.aCustomer().name("Acme Homes").build();
        first.transactions().run(() -> {
            CatalogFixtures.materials().forEach(first.materials()::insert);
            CatalogFixtures.products().forEach(first.products()::insert);
            CatalogFixtures.laborRates().forEach(first.laborRates()::save);
            first.customers().insert(customer);
            first.users().insert(user);
        });
        seller = user.asActor();
    }

    @AfterEach
    void closeStores() {
        second.close();
        first.close();
    }

    @Test
    void convertingOneAcceptedQuoteFromManyThreadsMakesExactlyOneWorkOrder() throws Exception {
        Quote accepted = acceptedQuote();
        List<UseCases> instances = List.of(useCases(first), useCases(second));

        List<Result<Conversion>> results = Concurrently.run(THREADS, i -> () -> instances.get(i % 2).convertQuote()
                .convert(seller, accepted.id(), new WorkOrderDetails(null, null, "thread " + i, null), null));

        assertThat(results).allSatisfy(r -> assertThat(r.failure()).isNull());
        assertThat(results).filteredOn(r -> r.value().outcome() == Outcome.CREATED).hasSize(1);
        assertThat(results).filteredOn(r -> r.value().outcome() == Outcome.ALREADY_CONVERTED).hasSize(THREADS - 1);
        assertThat(results).extracting(r -> r.value().workOrder().id()).containsOnly(results.get(0).value().workOrder().id());
        assertThat(first.workOrders().search(WorkOrderSearch.all(), PageRequest.FIRST).total()).isEqualTo(1);
        assertThat(second.quotes().findById(accepted.id()).orElseThrow().status()).isEqualTo(QuoteStatus.CONVERTED);
    }

    @Test
    void retriesWithOneIdempotencyKeyFromManyThreadsReplayTheOneWorkOrder() throws Exception {
        Quote accepted = acceptedQuote();
        List<UseCases> instances = List.of(useCases(first), useCases(second));
        WorkOrderDetails details = new WorkOrderDetails(null, null, "same request", null);

        List<Result<Conversion>> results = Concurrently.run(THREADS, i -> () -> instances.get(i % 2).convertQuote()
                .convert(seller, accepted.id(), details, "retry-key-1"));

        assertThat(results).allSatisfy(r -> assertThat(r.failure()).isNull());
        assertThat(results).filteredOn(r -> r.value().outcome() == Outcome.CREATED).hasSize(1);
        assertThat(results).extracting(r -> r.value().workOrder().id()).containsOnly(results.get(0).value().workOrder().id());
        assertThat(first.workOrders().search(WorkOrderSearch.all(), PageRequest.FIRST).total()).isEqualTo(1);
    }

    @Test
    void numbersAllocatedFromManyThreadsOnBothInstancesAreUniqueAndContiguous() throws Exception {
        int perThread = 20;

        List<Result<List<Long>>> results = Concurrently.run(THREADS, i -> () -> {
            JdbiStore store = i % 2 == 0 ? first : second;
            return LongStream.range(0, perThread).map(n -> store.numbers().next(Series.QUOTE, 2026)).boxed().toList();
        });

        assertThat(results).allSatisfy(r -> assertThat(r.failure()).isNull());
        assertThat(results.stream().flatMap(r -> r.value().stream()).toList())
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, (long) THREADS * perThread).boxed().toList());
    }

    @Test
    void twoWritersOfOneQuoteOneWinsTheOtherGetsAConflict() throws Exception {
        Quote draft = useCases(first).createQuote().create(seller, command());
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);

        List<Result<String>> results = Concurrently.run(2, i -> () -> {
            JdbiStore store = i == 0 ? first : second;
            Quote mine = store.quotes().findById(draft.id()).orElseThrow();
            bothHaveRead.await();
            mine.cancel("writer " + i, seller.userId(), NOW);
            store.transactions().run(() -> store.quotes().update(mine));
            return "writer " + i;
        });

        assertThat(results).filteredOn(r -> r.failure() == null).hasSize(1);
        assertThat(results).filteredOn(r -> r.failure() != null)
                .singleElement()
                .satisfies(r -> assertThat(r.failure()).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("quote.stale")));
        Quote stored = first.quotes().findById(draft.id()).orElseThrow();
        String winner = results.stream().filter(r -> r.failure() == null).findFirst().orElseThrow().value();
        assertThat(stored.version()).isEqualTo(draft.version() + 1);
        assertThat(stored.history()).hasSize(1).first().satisfies(change -> assertThat(change.note()).isEqualTo(winner));
        assertThat(first.quotes().search(QuoteSearch.all().withOwner(seller.userId()), PageRequest.FIRST).items())
                .singleElement()
                .satisfies(summary -> assertThat(summary.status()).isEqualTo(QuoteStatus.CANCELLED));
    }

    @Test
    void aReadOnlyTransactionNeitherWaitsForAWriterNorSeesItsUncommittedWork() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> write = writer.submit(() -> first.transactions().run(() -> {
                first.customers().insert(CustomerBuilder.aCustomer().name("Written meanwhile").build());
                writing.countDown();
                await(release);
            }));
            assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();

            // The writer holds its transaction (on SQLite: the write lock) until released. A read use case
            // on the other store answers at once, from the last committed state; it used to queue for the
            // write lock like a writer (BEGIN IMMEDIATE) until the busy timeout.
            long started = System.nanoTime();
            long seen = CompletableFuture.supplyAsync(() -> second.transactions().readOnly(
                    () -> second.customers().search("", PageRequest.FIRST).total()))
                    .get(BUSY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(BUSY_TIMEOUT_SECONDS));
            assertThat(seen).isEqualTo(1L);

            release.countDown();
            write.get(30, TimeUnit.SECONDS);
            assertThat(second.transactions().readOnly(() -> second.customers().search("", PageRequest.FIRST).total()))
                    .isEqualTo(2L);
        } finally {
            release.countDown();
            writer.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Quote acceptedQuote() {
        UseCases useCases = useCases(first);
        Quote draft = useCases.createQuote().create(seller, command());
        useCases.quoteLifecycle().send(seller, draft.id());
        return useCases.quoteLifecycle().accept(seller, draft.id());
    }

    private QuoteCommand command() {
        return new QuoteCommand(customer.id(), CatalogFixtures.workedExampleLines(), null, null, "");
    }

    private static UseCases useCases(JdbiStore store) {
        return UseCases.create(store, new Argon2PasswordHasher(), (number, revision, draft, settings) -> new byte[0],
                new MutableClock(NOW), AuthPolicy.defaults());
    }
}
