package com.wqs.adapter.cli.demo;

import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Progress;
import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.NewUserCommand;
import com.wqs.application.port.in.SettingsCommand;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.PasswordHasher;
import com.wqs.application.port.out.QuotePdfRenderer;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.Store;
import com.wqs.application.service.AuthPolicy;
import com.wqs.application.service.UseCases;
import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Loads the demo installation: users, company settings, catalogue, customers and a year and a
 * quarter of quotes and work orders. Everything goes through the real use cases (so every quote is
 * priced by the real engine); past timestamps come from running them on a {@link DemoClock}.
 * Idempotent: what exists is kept, so a second run adds nothing.
 */
public final class DemoData {
    public static final String ADMIN_EMAIL = "admin@demo.local";
    public static final String SALES_EMAIL = "sales@demo.local";
    public static final String PRODUCTION_EMAIL = "production@demo.local";
    public static final String PASSWORD = "demo-password";
    static final int QUOTES = 320;

    private final Store store;
    private final Clock realClock;
    private final DemoClock clock;
    private final UseCases app;

    public DemoData(Store store, PasswordHasher passwordHasher, QuotePdfRenderer pdfRenderer, Clock realClock) {
        this.store = store;
        this.realClock = realClock;
        this.clock = new DemoClock(realClock.instant());
        this.app = UseCases.create(store, passwordHasher, pdfRenderer, clock, AuthPolicy.defaults());
    }

    /** @param actingAdmin who creates the demo users when the installation already has users */
    public Summary load(Supplier<Actor> actingAdmin, Output output) {
        clock.set(realClock.instant());
        long usersBefore = store.users().count();
        User admin;
        Optional<User> existingAdmin = store.users().findByEmail(ADMIN_EMAIL);
        if (existingAdmin.isPresent()) {
            admin = existingAdmin.get();
        } else if (store.users().count() == 0) {
            admin = app.users().createFirstAdmin(ADMIN_EMAIL, "Alex Owner", PASSWORD);
        } else {
            admin = app.users().create(actingAdmin.get(), new NewUserCommand(ADMIN_EMAIL, "Alex Owner", Role.ADMIN,
                    PASSWORD));
        }
        Actor adminActor = admin.asActor();
        User sales = userOrCreate(adminActor, SALES_EMAIL, "Sam Seller", Role.SALES);
        User production = userOrCreate(adminActor, PRODUCTION_EMAIL, "Pat Workshop", Role.PRODUCTION);
        int usersCreated = (int) (store.users().count() - usersBefore);
        output.note("Users: " + ADMIN_EMAIL + ", " + SALES_EMAIL + ", " + PRODUCTION_EMAIL);

        setCompanyOnce(adminActor);
        app.catalog().importMaterials(adminActor, DemoCatalog.materials());
        app.catalog().importProducts(adminActor, DemoCatalog.products());
        for (LaborRate rate : DemoCatalog.laborRates()) {
            app.catalog().setLaborRate(adminActor, rate);
        }
        output.note("Catalogue: " + DemoCatalog.materials().size() + " materials, " + DemoCatalog.products().size()
                + " products, " + DemoCatalog.laborRates().size() + " labour rates");

        List<Customer> customers = new ArrayList<>();
        int customersCreated = 0;
        Map<String, Customer> byName = customersByName(adminActor);
        for (CustomerCommand command : DemoCustomers.all()) {
            Customer existing = byName.get(command.name());
            if (existing != null) {
                customers.add(existing);
            } else {
                customers.add(app.customers().create(adminActor, command));
                customersCreated++;
            }
        }
        output.note("Customers: " + customers.size() + " (" + customersCreated + " new)");

        QuoteHistory.Result quotes = QuoteHistory.Result.NONE;
        if (hasQuotes(sales)) {
            output.note("Sample quotes: already loaded, left as they are");
        } else {
            Progress progress = output.progress("Sample quotes", QUOTES);
            quotes = new QuoteHistory(app, clock, realClock.instant(), List.of(adminActor, sales.asActor()),
                    production.asActor(), customers).generate(QUOTES, progress::step);
            progress.finish();
        }
        clock.set(realClock.instant());
        int expired = app.expireQuotes().expireDue();
        return new Summary(usersCreated, customersCreated, quotes.quotes(), quotes.workOrders(), expired);
    }

    private User userOrCreate(Actor admin, String email, String name, Role role) {
        return store.users().findByEmail(email)
                .orElseGet(() -> app.users().create(admin, new NewUserCommand(email, name, role, PASSWORD)));
    }

    private void setCompanyOnce(Actor admin) {
        Settings current = store.settings().get();
        if (current.version() != 0) {
            return;
        }
        CompanyProfile company = new CompanyProfile("Demo Windows & Glass Co.", "100 Industrial Avenue, Springfield",
                "+1 555 010 0000", SALES_EMAIL, "TX-00-1234567", null, null);
        app.settings().update(admin, new SettingsCommand(company, current.profitMargin(), current.indirectRate(),
                current.taxRate(), current.glassWaste(), current.validityDays(), current.currency(),
                current.zone().getId(), current.locale().toLanguageTag(), current.terms(), null, current.version()));
    }

    private Map<String, Customer> customersByName(Actor admin) {
        Map<String, Customer> byName = new HashMap<>();
        Page<Customer> page;
        int number = 1;
        do {
            page = app.customers().search(admin, null, new PageRequest(number++, PageRequest.MAX_SIZE));
            page.items().forEach(c -> byName.putIfAbsent(c.name(), c));
        } while (page.page() < page.totalPages());
        return byName;
    }

    private boolean hasQuotes(User sales) {
        return store.quotes().search(QuoteSearch.all().withOwner(sales.id()), new PageRequest(1, 1)).total() > 0;
    }

    /** What a run added. */
    public record Summary(int usersCreated, int customersCreated, int quotesCreated, int workOrdersCreated,
            int quotesExpired) {
    }
}
