package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.inmemory.InMemoryStore;
import com.wqs.application.port.out.StatisticsQuery;
import com.wqs.application.port.out.Store;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.user.User;
import com.wqs.testing.CustomerBuilder;
import com.wqs.testing.UserBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Migration V3 adds the daily summary to databases that already hold quotes: it must fill it from them,
 * so that periods starting inside a month are counted right afterwards.
 */
abstract class DailySummaryBackfillTest {
    private static final Instant NOW = Instant.parse("2026-03-10T15:45:00Z");

    abstract TestDatabases databases();

    @Test
    void migratingADatabaseWithQuotesFillsTheDailySummary() {
        InMemoryStore memory = new InMemoryStore();
        User owner = UserBuilder.aUser().build();
        Customer customer = CustomerBuilder.aCustomer().build();
        RandomQuotes random = new RandomQuotes(3, NOW, 3, false);
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            quotes.add(random.next(owner, customer));
        }
        for (Store store : List.of(memory, databases().newPrivateStore())) {
            try (store) {
                store.transactions().run(() -> {
                    store.users().insert(owner);
                    store.customers().insert(customer);
                    quotes.forEach(store.quotes()::insert);
                });
            }
        }
        OlderSchema.backTo(databases(), 2);

        try (JdbiStore migrated = databases().migrateAndOpenTheSameDatabase()) {
            for (Duration back : List.of(Duration.ofDays(40), Duration.ofDays(75).plusHours(7))) {
                StatisticsQuery query = new StatisticsQuery(owner.id(), NOW.minus(back), NOW.minus(Duration.ofDays(2)),
                        NOW, ZoneId.of("Asia/Kolkata"));
                assertThat(migrated.statistics().compute(query)).isEqualTo(memory.statistics().compute(query));
            }
        }
    }
}
