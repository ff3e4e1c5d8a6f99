package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.out.QuotePdfRenderer;
import com.wqs.application.service.RenderQuotePdfService;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.testing.CustomerBuilder;
import com.wqs.testing.QuoteBuilder;
import com.wqs.testing.SettingsBuilder;
import com.wqs.testing.UserBuilder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Migration V4 adds the settings frozen with each sent revision. Revisions already in a database
 * have none: they must still load, and their PDF renders with the current settings.
 */
abstract class RevisionSettingsMigrationTest {
    abstract TestDatabases databases();

    @Test
    void revisionsSentBeforeTheMigrationStillRenderWithTheCurrentSettings() {
        User owner = UserBuilder.aUser().role(Role.ADMIN).build();
        Customer customer = CustomerBuilder.aCustomer().build();
        Quote sent = QuoteBuilder.aQuote().owner(owner).customer(customer).settings(null).sent().build();
        try (JdbiStore store = databases().newPrivateStore()) {
            store.transactions().run(() -> {
                store.users().insert(owner);
                store.customers().insert(customer);
                store.quotes().insert(sent);
            });
        }
        OlderSchema.backTo(databases(), 3);

        try (JdbiStore migrated = databases().migrateAndOpenTheSameDatabase()) {
            QuoteRevision revision = migrated.quotes().findById(sent.id()).orElseThrow().revision(1).orElseThrow();
            assertThat(revision.frozenSettings()).isEmpty();
            assertThat(revision.pricing()).isEqualTo(sent.pricing());
            Settings current = SettingsBuilder.aSettings().companyName("Ventanas de Hoy").build();
            migrated.settings().save(current);

            AtomicReference<Settings> renderedWith = new AtomicReference<>();
            QuotePdfRenderer renderer = (number, rendered, draft, settings) -> {
                renderedWith.set(settings);
                return (number + " r" + rendered.revision()).getBytes(StandardCharsets.UTF_8);
            };
            byte[] pdf = new RenderQuotePdfService(migrated, renderer).render(owner.asActor(), sent.id(), 1).content();

            assertThat(new String(pdf, StandardCharsets.UTF_8)).isEqualTo(sent.number() + " r1");
            assertThat(renderedWith.get().company().name()).isEqualTo("Ventanas de Hoy");
        }
    }
}
