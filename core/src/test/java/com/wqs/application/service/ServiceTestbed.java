package com.wqs.application.service;

import com.wqs.application.inmemory.InMemoryStore;
import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.in.SettingsCommand;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.testing.CatalogFixtures;
import com.wqs.testing.CustomerBuilder;
import com.wqs.testing.MutableClock;
import com.wqs.testing.UserBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The use cases over a fresh in-memory store, a clock that moves only when told, the worked
 * example's catalogue, one customer and four users: an ADMIN, two SALES and one PRODUCTION.
 */
final class ServiceTestbed {
    /** Tuesday 10 March 2026, 10:00 UTC (the default settings' zone). */
    static final Instant START = Instant.parse("2026-03-10T10:00:00Z");
    static final String PASSWORD = "correct horse battery";
    /** The worked example's rates (PRODUCT.md §2): its quote totals 5477.55. */
    static final RatesCommand WORKED_EXAMPLE_RATES = new RatesCommand(new BigDecimal("0.25"), new BigDecimal("0.15"),
            new BigDecimal("0.05"), new BigDecimal("0.16"), new BigDecimal("0.05"), null);

    final InMemoryStore store = new InMemoryStore();
    final MutableClock clock = new MutableClock(START);
    final CountingPasswordHasher hasher = new CountingPasswordHasher();
    final RecordingPdfRenderer pdf = new RecordingPdfRenderer();
    final RecordingMailSender mail = new RecordingMailSender();
    final UseCases useCases = UseCases.create(store, hasher, pdf, clock, AuthPolicy.defaults(),
            new com.wqs.application.port.out.MailDelivery(mail, "https://quotes.example"));

    final User adminUser = user(Role.ADMIN, "admin@example.com");
    final User salesUser = user(Role.SALES, "sales@example.com");
    final User otherSalesUser = user(Role.SALES, "other.sales@example.com");
    final User productionUser = user(Role.PRODUCTION, "production@example.com");
    final Actor admin = adminUser.asActor();
    final Actor sales = salesUser.asActor();
    final Actor otherSales = otherSalesUser.asActor();
    final Actor production = productionUser.asActor();
    final Customer customer = CustomerBuilder.aCustomer().name("Acme Homes").build();

    ServiceTestbed() {
        store.transactions().run(() -> {
            CatalogFixtures.materials().forEach(store.materials()::insert);
            CatalogFixtures.products().forEach(store.products()::insert);
            CatalogFixtures.laborRates().forEach(store.laborRates()::save);
            store.customers().insert(customer);
        });
    }

    List<Actor> everyone() {
        return List.of(admin, sales, otherSales, production);
    }

    /** The worked example's quote (total 5477.55) as a draft of {@code owner}. */
    QuoteCommand workedExample() {
        return command(CatalogFixtures.workedExampleLines());
    }

    QuoteCommand command(List<QuoteLine> lines) {
        return new QuoteCommand(customer.id(), lines, WORKED_EXAMPLE_RATES, null, "Delivery in April");
    }

    Quote draft(Actor owner) {
        return useCases.createQuote().create(owner, workedExample());
    }

    Quote sent(Actor owner) {
        return useCases.quoteLifecycle().send(owner, draft(owner).id());
    }

    Quote accepted(Actor owner) {
        return useCases.quoteLifecycle().accept(owner, sent(owner).id());
    }

    /** Changes the zone and validity through the settings use case, as an ADMIN would. */
    Settings changeSettings(String zone, int validityDays) {
        Settings s = useCases.settings().get(admin);
        return useCases.settings().update(admin, new SettingsCommand(s.company(), s.profitMargin(), s.indirectRate(),
                s.taxRate(), s.glassWaste(), validityDays, s.currency(), zone, s.locale().toLanguageTag(), s.terms(),
                null, s.version()));
    }

    /** Replaces what a quote document shows (company, terms, locale, zone, currency) as an ADMIN would. */
    Settings changeDocumentSettings(Settings wanted) {
        Settings s = useCases.settings().get(admin);
        return useCases.settings().update(admin, new SettingsCommand(wanted.company(), s.profitMargin(),
                s.indirectRate(), s.taxRate(), s.glassWaste(), s.validityDays(), wanted.currency(),
                wanted.zone().getId(), wanted.locale().toLanguageTag(), wanted.terms(), null, s.version()));
    }

    /** Changes a material's base cost through the catalogue use case. */
    void setUnitCost(String code, String cost) {
        Material m = store.materials().findByCode(code).orElseThrow();
        useCases.catalog().updateMaterial(admin, m.id(), new MaterialCommand(m.code(), m.name(), m.category(), m.unit(),
                new BigDecimal(cost), m.stockLengthM(), m.active(), m.colourCosts()), m.version());
    }

    Quote reload(Quote quote) {
        return store.quotes().findById(quote.id()).orElseThrow();
    }

    private User user(Role role, String email) {
        User user = UserBuilder.aUser().role(role).email(email).passwordHash(hasher.hash(PASSWORD)).build();
        store.transactions().run(() -> store.users().insert(user));
        return user;
    }
}
