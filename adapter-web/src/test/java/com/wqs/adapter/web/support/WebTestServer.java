package com.wqs.adapter.web.support;

import com.wqs.adapter.persistence.JdbiStore;
import com.wqs.adapter.persistence.SqliteStore;
import com.wqs.adapter.persistence.security.Argon2PasswordHasher;
import com.wqs.adapter.web.RouteRegistrar;
import com.wqs.adapter.web.WebConfig;
import com.wqs.adapter.web.WebServer;
import com.wqs.application.port.in.LoginResult;
import com.wqs.application.port.in.NewUserCommand;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.out.QuotePdfRenderer;
import com.wqs.application.service.AuthPolicy;
import com.wqs.application.service.UseCases;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.testing.CatalogFixtures;
import com.wqs.testing.CustomerBuilder;
import com.wqs.testing.MutableClock;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A started web server on a random port over a real SQLite file, with a clock that moves only when a
 * test says so, the worked example's catalogue, one customer and four users (ADMIN, two SALES,
 * PRODUCTION), each with a bearer token.
 */
public final class WebTestServer implements AutoCloseable {
    /** Tuesday 10 March 2026, 10:00 UTC. */
    public static final Instant START = Instant.parse("2026-03-10T10:00:00Z");
    public static final String PASSWORD = "correct horse battery";
    /** The worked example's rates (PRODUCT.md §2): its quote totals 5477.55. */
    public static final RatesCommand WORKED_EXAMPLE_RATES = new RatesCommand(new BigDecimal("0.25"),
            new BigDecimal("0.15"), new BigDecimal("0.05"), new BigDecimal("0.16"), new BigDecimal("0.05"), null);
    /** A PDF renderer standing in for the pages' one: deterministic bytes naming the quote and revision. */
    public static final QuotePdfRenderer TEST_PDF = (number, revision, draft, settings) ->
            ("%PDF-1.4 test " + number + " revision " + revision.revision() + (draft ? " DRAFT" : ""))
                    .getBytes(StandardCharsets.US_ASCII);

    public final Path directory;
    public final JdbiStore store;
    public final MutableClock clock = new MutableClock(START);
    public final UseCases useCases;
    public final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    public final WebServer server;
    public final HttpApi http;
    public final User admin;
    public final User sales;
    public final User otherSales;
    public final User production;
    public final Customer customer = CustomerBuilder.aCustomer().name("Acme Homes").build();
    private final Map<UUID, String> tokens = new HashMap<>();

    private WebTestServer(WebConfig config, Function<UseCases, List<RouteRegistrar>> registrars, QuotePdfRenderer pdf,
            AuthPolicy policy) {
        try {
            directory = Files.createTempDirectory("wqs-web-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = SqliteStore.openAndMigrate(databaseFile());
        useCases = UseCases.create(store, new Argon2PasswordHasher(), pdf, clock, policy);
        admin = useCases.users().createFirstAdmin("admin@example.com", "Ada Admin", PASSWORD);
        sales = addUser(Role.SALES, "sales@example.com", "Sam Sales");
        otherSales = addUser(Role.SALES, "other.sales@example.com", "Olga Other");
        production = addUser(Role.PRODUCTION, "production@example.com", "Pat Production");
        for (User user : List.of(admin, sales, otherSales, production)) {
            tokens.put(user.id().value(), useCases.authentication().createApiToken(user.asActor(), "tests").secret());
        }
        store.transactions().run(() -> {
            CatalogFixtures.materials().forEach(store.materials()::insert);
            CatalogFixtures.products().forEach(store.products()::insert);
            CatalogFixtures.laborRates().forEach(store.laborRates()::save);
            store.customers().insert(customer);
        });
        server = new WebServer(useCases, store, config.withPort(0).withHost("127.0.0.1"), registry,
                registrars.apply(useCases)).start();
        http = new HttpApi(server.port());
    }

    public static WebTestServer start() {
        return start(WebConfig.defaults(), List.of());
    }

    public static WebTestServer start(WebConfig config, List<RouteRegistrar> registrars) {
        return start(config, useCases -> registrars, TEST_PDF);
    }

    /** With routes built from the server's use cases (the HTML pages) and a PDF renderer of the test's choice. */
    public static WebTestServer start(WebConfig config, Function<UseCases, List<RouteRegistrar>> registrars,
            QuotePdfRenderer pdf) {
        return new WebTestServer(config, registrars, pdf, AuthPolicy.defaults());
    }

    private User addUser(Role role, String email, String name) {
        return useCases.users().create(admin.asActor(), new NewUserCommand(email, name, role, PASSWORD));
    }

    /** The SQLite file the server works on. */
    public Path databaseFile() {
        return directory.resolve("wqs.db");
    }

    public List<User> users() {
        return List.of(admin, sales, otherSales, production);
    }

    /** The user's API token; made anew when a password change or reset (which revokes tokens) ended it. */
    public Credentials bearer(User user) {
        String secret = tokens.get(user.id().value());
        if (secret != null && useCases.authentication().authenticateApiToken(secret).isEmpty()) {
            secret = useCases.authentication().createApiToken(user.asActor(), "tests").secret();
            tokens.put(user.id().value(), secret);
        }
        return Credentials.bearer(secret);
    }

    /** Signs in through the use case (not HTTP) and returns the browser's credentials. */
    public Credentials.Session session(User user) {
        LoginResult login = useCases.authentication().login(user.email(), PASSWORD, "127.0.0.1");
        return new Credentials.Session(login.sessionToken(), login.csrfToken());
    }

    public Actor actor(User user) {
        return user.asActor();
    }

    public QuoteCommand workedExample() {
        return new QuoteCommand(customer.id(), CatalogFixtures.workedExampleLines(), WORKED_EXAMPLE_RATES, null,
                "Delivery in April");
    }

    public Quote draft(User owner) {
        return useCases.createQuote().create(owner.asActor(), workedExample());
    }

    public Quote sent(User owner) {
        return useCases.quoteLifecycle().send(owner.asActor(), draft(owner).id());
    }

    /** Sent to the customer (PDF stored, customer link made); its link's path is {@link #customerLink}. */
    public Quote sentWithLink(User owner) {
        return useCases.quoteDelivery().send(owner.asActor(), draft(owner).id()).quote();
    }

    /** The path of a fresh customer link ({@code /p/TOKEN}) of a newly sent quote. */
    public String customerLink(User owner) {
        return useCases.quoteDelivery().send(owner.asActor(), draft(owner).id()).linkUrl();
    }

    public Quote accepted(User owner) {
        return useCases.quoteLifecycle().accept(owner.asActor(), sent(owner).id());
    }

    public Quote rejected(User owner) {
        return useCases.quoteLifecycle().reject(owner.asActor(), sent(owner).id(), "too expensive");
    }

    public WorkOrder workOrder(User owner) {
        return useCases.convertQuote().convert(owner.asActor(), accepted(owner).id(),
                new WorkOrderDetails(null, null, null, null), null).workOrder();
    }

    public void advanceClock(Duration duration) {
        clock.advance(duration);
    }

    @Override
    public void close() {
        server.stop();
        store.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
