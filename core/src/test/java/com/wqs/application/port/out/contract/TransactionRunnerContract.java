package com.wqs.application.port.out.contract;

import static com.wqs.testing.CustomerBuilder.aCustomer;
import static com.wqs.testing.MaterialBuilder.aMaterial;
import static com.wqs.testing.QuoteBuilder.aQuote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.TransactionRunner;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.User;
import com.wqs.testing.UserBuilder;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TransactionRunner}: repository calls inside one unit of work commit together
 * or not at all, nested units join the outer one, and concurrent units never lose an update.
 */
public abstract class TransactionRunnerContract extends StoreContract {
    private static final int THREADS = 8;
    private static final int INCREMENTS_PER_THREAD = 10;

    private TransactionRunner transactions() {
        return store.transactions();
    }

    @Test
    void workIsCommittedAndItsResultReturned() {
        Customer customer = aCustomer().build();

        String result = transactions().inTransaction(() -> {
            store.customers().insert(customer);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(store.customers().findById(customer.id())).contains(customer);
    }

    @Test
    void runCommitsToo() {
        Material material = aMaterial().build();

        transactions().run(() -> store.materials().insert(material));

        assertThat(store.materials().findById(material.id())).isPresent();
    }

    @Test
    void failedWorkLeavesNothingWrittenAndItsExceptionReachesTheCaller() {
        Customer customer = aCustomer().build();
        Material material = aMaterial().build();
        User user = UserBuilder.aUser().build();
        IllegalStateException failure = new IllegalStateException("boom after three writes");

        assertThatThrownBy(() -> transactions().run(() -> {
            store.customers().insert(customer);
            store.materials().insert(material);
            store.users().insert(user);
            throw failure;
        })).isSameAs(failure);

        assertThat(store.customers().findById(customer.id())).isEmpty();
        assertThat(store.materials().findById(material.id())).isEmpty();
        assertThat(store.users().findById(user.id())).isEmpty();
        assertThat(store.users().count()).isZero();
    }

    @Test
    void aRefusedWriteRollsBackTheEarlierWritesOfItsTransaction() {
        Material existing = aMaterial().code("TAKEN").build();
        store.materials().insert(existing);
        Customer customer = aCustomer().build();

        assertThatThrownBy(() -> transactions().run(() -> {
            store.customers().insert(customer);
            store.materials().insert(aMaterial().code("TAKEN").build());
        })).isInstanceOf(ConflictException.class);

        assertThat(store.customers().findById(customer.id())).isEmpty();
        assertThat(store.materials().findAll()).extracting(Material::id).containsExactly(existing.id());
    }

    @Test
    void failedWorkUndoesUpdatesAndDeletes() {
        Quote quote = givenQuote(aQuote().sent());
        Customer customer = givenCustomer();

        assertThatThrownBy(() -> transactions().run(() -> {
            Quote loaded = store.quotes().findById(quote.id()).orElseThrow();
            loaded.accept(loaded.ownerId(), NOW, ZoneOffset.UTC);
            store.quotes().update(loaded);
            store.customers().delete(customer.id());
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);

        Quote stored = store.quotes().findById(quote.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(QuoteStatus.SENT);
        assertThat(stored.version()).isZero();
        assertThat(stored.history()).hasSize(quote.history().size());
        assertThat(store.customers().findById(customer.id())).contains(customer);
    }

    @Test
    void nestedWorkJoinsTheOuterTransaction() {
        Customer outer = aCustomer().build();
        Customer inner = aCustomer().build();

        assertThatThrownBy(() -> transactions().run(() -> {
            store.customers().insert(outer);
            transactions().run(() -> store.customers().insert(inner));
            assertThat(store.customers().findById(inner.id())).isPresent();
            throw new IllegalStateException("outer fails after the inner work returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.customers().findById(outer.id())).isEmpty();
        assertThat(store.customers().findById(inner.id())).isEmpty();
    }

    @Test
    void nestedWorkCommitsWithTheOuterTransaction() {
        Customer outer = aCustomer().build();
        Customer inner = aCustomer().build();

        transactions().run(() -> {
            store.customers().insert(outer);
            transactions().run(() -> store.customers().insert(inner));
        });

        assertThat(store.customers().findById(outer.id())).isPresent();
        assertThat(store.customers().findById(inner.id())).isPresent();
    }

    @Test
    void theStoreKeepsWorkingAfterARollback() {
        assertThatThrownBy(() -> transactions().run(() -> {
            store.customers().insert(aCustomer().build());
            throw new IllegalStateException("first unit fails");
        })).isInstanceOf(IllegalStateException.class);
        Customer customer = aCustomer().build();

        transactions().run(() -> store.customers().insert(customer));

        assertThat(store.customers().findById(customer.id())).contains(customer);
    }

    @Test
    void concurrentReadModifyWriteUnitsNeverLoseAnUpdate() throws Exception {
        Customer counter = givenCustomer(aCustomer().notes("0"));

        List<Race.Outcome<Integer>> outcomes = Race.run(THREADS, thread -> () -> {
            int conflicts = 0;
            for (int done = 0; done < INCREMENTS_PER_THREAD; ) {
                try {
                    transactions().run(() -> increment(counter));
                    done++;
                } catch (ConflictException stale) {
                    conflicts++;
                }
            }
            return conflicts;
        });

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        Customer stored = store.customers().findById(counter.id()).orElseThrow();
        assertThat(stored.notes()).isEqualTo(String.valueOf(THREADS * INCREMENTS_PER_THREAD));
        assertThat(stored.version()).isEqualTo(THREADS * INCREMENTS_PER_THREAD);
    }

    private void increment(Customer counter) {
        Customer current = store.customers().findById(counter.id()).orElseThrow();
        int value = Integer.parseInt(current.notes());
        store.customers().update(new Customer(current.id(), current.name(), current.email(), current.phone(),
                current.address(), current.taxId(), String.valueOf(value + 1), current.version()));
    }
}
