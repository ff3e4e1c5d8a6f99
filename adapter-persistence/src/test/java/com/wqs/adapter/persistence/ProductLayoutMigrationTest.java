package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.catalog.ProductLayout;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.pricing.PricingEngine;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.testing.CatalogFixtures;
import com.wqs.testing.CustomerBuilder;
import com.wqs.testing.QuoteBuilder;
import com.wqs.testing.UserBuilder;
import org.junit.jupiter.api.Test;

/**
 * Migration V7 adds products' layouts. Products and quotes stored before it have no layout: they read back
 * unchanged (one cell, the whole window) and price exactly as they did.
 */
abstract class ProductLayoutMigrationTest {
    abstract TestDatabases databases();

    @Test
    void productsAndQuotesStoredBeforeLayoutsReadAndPriceUnchanged() {
        User owner = UserBuilder.aUser().role(Role.ADMIN).build();
        Customer customer = CustomerBuilder.aCustomer().build();
        QuotePricing before = new PricingEngine().price(CatalogFixtures.workedExampleLines(),
                CatalogFixtures.workedExampleRates(), CatalogFixtures.catalog());
        Quote sent = QuoteBuilder.aQuote().owner(owner).customer(customer).lines(CatalogFixtures.workedExampleLines())
                .pricing(before).sent().build();
        try (JdbiStore store = databases().newPrivateStore()) {
            store.transactions().run(() -> {
                store.users().insert(owner);
                store.customers().insert(customer);
                CatalogFixtures.materials().forEach(store.materials()::insert);
                CatalogFixtures.products().forEach(store.products()::insert);
                store.quotes().insert(sent);
            });
        }
        OlderSchema.backTo(databases(), 6);

        try (JdbiStore migrated = databases().migrateAndOpenTheSameDatabase()) {
            assertThat(migrated.products().findAll()).containsExactlyInAnyOrderElementsOf(CatalogFixtures.products())
                    .allSatisfy(p -> assertThat(p.layout()).isEqualTo(ProductLayout.NONE));
            Quote found = migrated.quotes().findById(sent.id()).orElseThrow();
            assertThat(found.revision(1).orElseThrow().pricing()).isEqualTo(before);
            QuotePricing again = new PricingEngine().price(found.lines(), CatalogFixtures.workedExampleRates(),
                    com.wqs.domain.pricing.PricingCatalog.of(migrated.materials().findAll(),
                            migrated.products().findAll(), CatalogFixtures.laborRates()));
            assertThat(again.total().toString()).isEqualTo("5477.55");
            assertThat(again).isEqualTo(before);
        }
    }
}
