package com.wqs.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.out.Store;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import com.wqs.testing.CustomerBuilder;
import com.wqs.testing.QuoteBuilder;
import com.wqs.testing.UserBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the driven-port contract tests. A subclass per store implementation supplies
 * {@link #newStore()}: it is called before each test and must return an empty store; the store is
 * closed after the test, and the subclass removes anything else it made (files, schemas).
 *
 * <p>Data rules every store must meet, and that the tests rely on: timestamps keep at least
 * millisecond precision; decimals keep their value (their scale may change, so decimals are compared
 * by value); text is stored as full Unicode.
 */
public abstract class StoreContract {
    /** A fixed "now" for tests that need one; milliseconds included on purpose. */
    protected static final Instant NOW = Instant.parse("2026-03-02T09:30:00.123Z");

    protected Store store;

    /** A new, empty store. */
    protected abstract Store newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    protected User givenUser() {
        return givenUser(UserBuilder.aUser());
    }

    protected User givenUser(UserBuilder user) {
        User built = user.build();
        store.users().insert(built);
        return built;
    }

    protected Customer givenCustomer() {
        return givenCustomer(CustomerBuilder.aCustomer());
    }

    protected Customer givenCustomer(CustomerBuilder customer) {
        Customer built = customer.build();
        store.customers().insert(built);
        return built;
    }

    /**
     * Inserts the quote, first storing its owner and customer when the store does not have them yet
     * (the customer as frozen in its latest revision, else a made-up one), and returns it as stored.
     */
    protected Quote givenQuote(QuoteBuilder quote) {
        Quote built = quote.build();
        ensureReferencesOf(built);
        store.quotes().insert(built);
        return store.quotes().findById(built.id()).orElseThrow();
    }

    /** Stores the quote's owner and customer if they are not stored yet. */
    protected void ensureReferencesOf(Quote quote) {
        ensureUser(quote.ownerId());
        if (store.customers().findById(quote.customerId()).isEmpty()) {
            store.customers().insert(quote.latestRevision().map(QuoteRevision::customer)
                    .orElseGet(() -> CustomerBuilder.aCustomer().id(quote.customerId()).build()));
        }
    }

    protected void ensureUser(UserId id) {
        if (store.users().findById(id).isEmpty()) {
            store.users().insert(UserBuilder.aUser().id(id).build());
        }
    }

    /** Field-by-field equality, decimals compared by value, leaving out {@code ignoredFields}. */
    protected static void assertSameContent(Object actual, Object expected, String... ignoredFields) {
        assertThat(actual).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .ignoringFields(ignoredFields)
                .isEqualTo(expected);
    }
}
