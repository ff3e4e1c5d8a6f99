package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.customer.Customer;
import com.wqs.domain.pricing.PricingEngine;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.testing.CatalogFixtures;
import com.wqs.testing.CustomerBuilder;
import com.wqs.testing.QuoteBuilder;
import com.wqs.testing.UserBuilder;
import org.junit.jupiter.api.Test;

/**
 * Lines and snapshots stored before optional lines existed carry no option: they read as required lines,
 * in no group, and the quote's pricing is unchanged.
 */
abstract class LineOptionDocumentsTest {
    private static final String REQUIRED_JSON = ",\"option\":{\"optional\":false,\"chosen\":true}";

    abstract TestDatabases databases();

    @Test
    void documentsWithoutOptionsReadAsRequiredLines() {
        User owner = UserBuilder.aUser().role(Role.ADMIN).build();
        Customer customer = CustomerBuilder.aCustomer().build();
        QuotePricing pricing = new PricingEngine().price(CatalogFixtures.workedExampleLines(),
                CatalogFixtures.workedExampleRates(), CatalogFixtures.catalog());
        Quote sent = QuoteBuilder.aQuote().owner(owner).customer(customer).lines(CatalogFixtures.workedExampleLines())
                .pricing(pricing).sent().build();
        try (JdbiStore store = databases().newPrivateStore()) {
            store.transactions().run(() -> {
                store.users().insert(owner);
                store.customers().insert(customer);
                store.quotes().insert(sent);
            });
        }
        // Documents at version 10 (JSON); what it wrote for a required line is what the statements below take out.
        OlderSchema.backTo(databases(), 10);
        assertThat(new StoredJson().write(pricing)).contains(REQUIRED_JSON);
        databases().executeInLastDatabase("UPDATE quotes SET lines = REPLACE(lines, '" + REQUIRED_JSON + "', ''),"
                + " pricing = REPLACE(pricing, '" + REQUIRED_JSON + "', '')");
        databases().executeInLastDatabase("UPDATE quote_revisions SET pricing = REPLACE(pricing, '" + REQUIRED_JSON
                + "', '')");

        try (JdbiStore reopened = databases().migrateAndOpenTheSameDatabase()) {
            Quote found = reopened.quotes().findById(sent.id()).orElseThrow();
            assertThat(found.lines()).extracting(QuoteLine::option).containsOnly(LineOption.REQUIRED);
            assertThat(found.pricing()).isEqualTo(pricing);
            assertThat(found.revision(1).orElseThrow().pricing()).isEqualTo(pricing);
            assertThat(found.pricing().total().toString()).isEqualTo("5477.55");
        }
    }
}
