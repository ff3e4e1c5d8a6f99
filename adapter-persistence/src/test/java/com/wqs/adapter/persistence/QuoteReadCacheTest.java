package com.wqs.adapter.persistence;

import static com.wqs.testing.QuoteBuilder.aQuote;
import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.StoreContract;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reading a quote keeps its parsed documents for the next read of the same version: what a second
 * store on the same database writes is read at once, and a caller changing the quote it read changes
 * nothing another caller reads.
 */
abstract class QuoteReadCacheTest extends StoreContract {
    abstract TestDatabases databases();

    @Override
    protected Store newStore() {
        return databases().newStore();
    }

    @Test
    void aWriteThroughAnotherStoreOnTheSameDatabaseIsReadAtOnce() {
        Quote quote = givenQuote(aQuote().draft());
        Quote read = store.quotes().findById(quote.id()).orElseThrow();
        assertThat(store.quotes().findById(quote.id()).orElseThrow().status()).isEqualTo(QuoteStatus.DRAFT);

        try (JdbiStore other = databases().anotherStoreOnTheSameDatabase()) {
            Quote theirs = other.quotes().findById(quote.id()).orElseThrow();
            theirs.cancel("customer went elsewhere", quote.ownerId(), NOW.plusSeconds(60));
            other.quotes().update(theirs);
        }

        Quote again = store.quotes().findById(quote.id()).orElseThrow();
        assertThat(again.status()).isEqualTo(QuoteStatus.CANCELLED);
        assertThat(again.version()).isEqualTo(read.version() + 1);
        assertThat(again.history()).hasSize(read.history().size() + 1);
    }

    @Test
    void aCallerChangingTheQuoteItReadChangesNothingOthersRead() {
        Quote quote = givenQuote(aQuote().draft());
        Quote first = store.quotes().findById(quote.id()).orElseThrow();
        first.cancel("changed in memory, never saved", quote.ownerId(), NOW.plusSeconds(60));

        Quote second = store.quotes().findById(quote.id()).orElseThrow();

        assertThat(second).isNotSameAs(first);
        assertThat(second.status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(second.history()).hasSize(first.history().size() - 1);
        assertSameContent(second, store.quotes().findById(quote.id()).orElseThrow());
    }

    @Test
    void aVersionReadInsideATransactionThatRolledBackIsNeverReadAgain() {
        Quote quote = givenQuote(aQuote().draft());
        store.quotes().findById(quote.id()).orElseThrow();
        try {
            store.transactions().run(() -> {
                Quote mine = store.quotes().findById(quote.id()).orElseThrow();
                mine.cancel("rolled back", quote.ownerId(), NOW.plusSeconds(60));
                store.quotes().update(mine);
                assertThat(store.quotes().findById(quote.id()).orElseThrow().status()).isEqualTo(QuoteStatus.CANCELLED);
                throw new IllegalStateException("the use case fails after reading its own write");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(store.quotes().findById(quote.id()).orElseThrow().status()).isEqualTo(QuoteStatus.DRAFT);

        Quote again = store.quotes().findById(quote.id()).orElseThrow();
        again.cancel("kept", quote.ownerId(), NOW.plusSeconds(120));
        store.quotes().update(again);

        Quote read = store.quotes().findById(quote.id()).orElseThrow();
        assertThat(read.version()).as("the same version the rolled-back write had").isEqualTo(quote.version() + 1);
        assertThat(read.history().get(read.history().size() - 1).note()).isEqualTo("kept");
    }

    static final class OnSqlite extends QuoteReadCacheTest {
        @RegisterExtension
        final TestDatabases.Sqlite databases = TestDatabases.sqlite();

        @Override
        TestDatabases databases() {
            return databases;
        }
    }

    static final class OnPostgres extends QuoteReadCacheTest {
        @RegisterExtension
        final TestDatabases.Postgres databases = TestDatabases.postgres();

        @Override
        TestDatabases databases() {
            return databases;
        }
    }
}
