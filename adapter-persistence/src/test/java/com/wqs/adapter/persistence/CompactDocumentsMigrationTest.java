package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.customer.Customer;
import com.wqs.domain.pricing.PricingEngine;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteNumber;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.testing.CatalogFixtures;
import com.wqs.testing.CustomerBuilder;
import com.wqs.testing.QuoteBuilder;
import com.wqs.testing.SettingsBuilder;
import com.wqs.testing.UserBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Migration 11 converts quote documents stored as JSON (version 10) to their compact form: every quote and
 * revision reads back equal to what was stored, and the shared parts are stored once for all quotes.
 */
abstract class CompactDocumentsMigrationTest {
    abstract TestDatabases databases();

    /** Priced quotes of up to ten lines in every status, some sent twice with another pricing, some options. */
    static List<Quote> quotes(User owner, List<Customer> customers, int count, long seed) {
        return quotes(owner, customers, 0, count, seed, 0);
    }

    /**
     * Quotes numbered from {@code numberedAfter} + 1, of {@code linesEach} lines (0: one to ten), every fourth line a
     * material, the fourth optional; windows of the fixtures' four products in random sizes.
     */
    static List<Quote> quotes(User owner, List<Customer> customers, int numberedAfter, int count, long seed,
            int linesEach) {
        Random random = new Random(seed);
        PricingEngine engine = new PricingEngine();
        String[][] windows = {{"SLD-2L", "GL-CLR6"}, {"FIX-1", "GL-LOWE6"}, {"SLD-2L-LAY", "GL-CLR6"},
            {"CAS-FIX", "GL-LOWE6"}};
        List<Quote> quotes = new ArrayList<>();
        for (int q = 0; q < count; q++) {
            List<QuoteLine> lines = new ArrayList<>();
            int size = linesEach > 0 ? linesEach : 1 + random.nextInt(10);
            for (int i = 0; i < size; i++) {
                LineOption option = i == 3 ? LineOption.optional(random.nextBoolean()) : LineOption.REQUIRED;
                if (i % 4 == 3) {
                    lines.add(new MaterialLine(random.nextBoolean() ? "CN-SIL" : "HW-ROLL",
                            new BigDecimal(1 + random.nextInt(20)).movePointLeft(random.nextInt(2)),
                            random.nextBoolean() ? "" : "Spare " + i, option));
                } else {
                    String[] w = windows[random.nextInt(windows.length)];
                    lines.add(new WindowLine(w[0], w[1], random.nextBoolean() ? "WHITE" : null,
                            900 + random.nextInt(1400), 700 + random.nextInt(1000), 1 + random.nextInt(4),
                            random.nextInt(3) == 0 ? "Room " + random.nextInt(5) : "", null, option));
                }
            }
            QuotePricing pricing = engine.price(lines, CatalogFixtures.defaultRates(), CatalogFixtures.catalogWithLayouts());
            QuoteStatus status = QuoteStatus.values()[random.nextInt(QuoteStatus.values().length)];
            Quote quote = QuoteBuilder.aQuote().number(QuoteNumber.quote(2026, numberedAfter + q + 1)).owner(owner)
                    .customer(customers.get(random.nextInt(customers.size()))).lines(lines).pricing(pricing)
                    .status(status).revision(status == QuoteStatus.DRAFT || status == QuoteStatus.CANCELLED ? 1
                            : 1 + random.nextInt(2))
                    .settings(random.nextInt(4) == 0 ? null : SettingsBuilder.aSettings().build())
                    .build();
            if (quote.revisions().size() == 2) {
                // The first revision was sent with the lines priced at other rates.
                QuoteRevision first = quote.revisions().get(0).withPricing(engine.price(lines,
                        CatalogFixtures.workedExampleRates(), CatalogFixtures.catalogWithLayouts()));
                quote = Quote.restore(quote.id(), quote.number(), quote.ownerId(), quote.customerId(), quote.lines(),
                        quote.pricing(), quote.validUntil(), quote.notes(), quote.revision(), quote.status(),
                        quote.rejectionReason().orElse(null), quote.createdAt(), quote.updatedAt(),
                        List.of(first, quote.revisions().get(1)), quote.history(), quote.version());
            }
            quotes.add(quote);
        }
        return quotes;
    }

    @Test
    void everyQuoteAndRevisionReadsBackEqualAfterTheMigration() {
        User owner = UserBuilder.aUser().role(Role.ADMIN).build();
        List<Customer> customers = List.of(CustomerBuilder.aCustomer().name("Ana").build(),
                CustomerBuilder.aCustomer().name("Luis").build());
        List<Quote> quotes = quotes(owner, customers, 60, 11);
        Map<String, Quote> before = new TreeMap<>();
        try (JdbiStore store = databases().newPrivateStore()) {
            store.transactions().run(() -> {
                store.users().insert(owner);
                customers.forEach(store.customers()::insert);
                ((JdbiQuoteRepository) store.quotes()).insertAll(quotes);
            });
            for (Quote quote : quotes) {
                before.put(quote.number(), store.quotes().findById(quote.id()).orElseThrow());
            }
        }
        OlderSchema.backTo(databases(), 10);
        AtomicLong jsonRows = new AtomicLong();
        databases().inLastDatabase(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM quotes WHERE pricing LIKE '{%'"
                    + " AND lines LIKE '[%'")) {
                rs.next();
                jsonRows.set(rs.getLong(1));
            }
        });
        assertThat(jsonRows.get()).as("quotes stored as JSON at version 10").isEqualTo(quotes.size());

        try (JdbiStore migrated = databases().migrateAndOpenTheSameDatabase()) {
            for (Quote quote : quotes) {
                Quote read = migrated.quotes().findById(quote.id()).orElseThrow();
                assertThat(read).usingRecursiveComparison().isEqualTo(before.get(quote.number()));
                assertThat(read.pricing()).isEqualTo(quote.pricing());
                assertThat(read.lines()).isEqualTo(quote.lines());
                assertThat(read.revisions()).isEqualTo(quote.revisions());
                assertThat(read.history()).isEqualTo(quote.history());
            }
        }
    }

    @Test
    void quotesOfTheSameCatalogueShareTheirPartsAndARevisionPricedAsItsQuoteStoresNoPricing() {
        User owner = UserBuilder.aUser().role(Role.ADMIN).build();
        Customer customer = CustomerBuilder.aCustomer().build();
        List<QuoteLine> lines = List.of(new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, ""),
                new WindowLine("CAS-FIX", "GL-LOWE6", null, 900, 1100, 1, "Hall"));
        QuotePricing pricing = new PricingEngine().price(lines, CatalogFixtures.defaultRates(),
                CatalogFixtures.catalogWithLayouts());
        Quote first = QuoteBuilder.aQuote().number("Q-2026-00001").owner(owner).customer(customer).lines(lines)
                .pricing(pricing).sent().build();
        List<QuoteLine> larger = List.of(new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1800, 1300, 3, ""),
                new WindowLine("CAS-FIX", "GL-LOWE6", null, 950, 1000, 2, "Hall"));
        Quote second = QuoteBuilder.aQuote().number("Q-2026-00002").owner(owner).customer(customer).lines(larger)
                .pricing(new PricingEngine().price(larger, CatalogFixtures.defaultRates(),
                        CatalogFixtures.catalogWithLayouts())).sent().build();
        try (JdbiStore store = databases().newPrivateStore()) {
            store.transactions().run(() -> {
                store.users().insert(owner);
                store.customers().insert(customer);
                store.quotes().insert(first);
            });
            long parts = count(store, "SELECT COUNT(*) FROM snapshot_parts");
            store.quotes().insert(second);

            assertThat(count(store, "SELECT COUNT(*) FROM snapshot_parts"))
                    .as("other sizes and quantities of the same products name the same parts").isEqualTo(parts);
            assertThat(count(store, "SELECT COUNT(*) FROM quote_revisions WHERE pricing IS NULL")).isEqualTo(2);
            Quote stored = store.quotes().findById(second.id()).orElseThrow();
            assertThat(stored.revision(1).orElseThrow().pricing()).isEqualTo(second.pricing());

            // Revised: the quote is priced again, the sent revision keeps the pricing it was sent with.
            Quote revised = Quote.restore(stored.id(), stored.number(), stored.ownerId(), stored.customerId(), lines,
                    pricing, stored.validUntil(), stored.notes(), 2, QuoteStatus.DRAFT, null, stored.createdAt(),
                    stored.updatedAt(), stored.revisions(), stored.history(), stored.version());
            store.quotes().update(revised);
            Quote read = store.quotes().findById(second.id()).orElseThrow();
            assertThat(read.pricing()).isEqualTo(pricing);
            assertThat(read.revision(1).orElseThrow().pricing()).isEqualTo(second.pricing());
            assertThat(count(store, "SELECT COUNT(*) FROM quote_revisions WHERE pricing IS NULL")).isEqualTo(1);
        }
    }

    private static long count(JdbiStore store, String sql) {
        return store.database().read(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
