package com.wqs.adapter.web.page;

import com.wqs.adapter.persistence.SqliteStore;
import com.wqs.adapter.persistence.security.Argon2PasswordHasher;
import com.wqs.adapter.web.RouteRegistrar;
import com.wqs.adapter.web.WebConfig;
import com.wqs.adapter.web.WebServer;
import com.wqs.adapter.web.pdf.OpenHtmlQuotePdfRenderer;
import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.port.in.NewUserCommand;
import com.wqs.application.port.in.ProductCommand;
import com.wqs.application.port.in.ProductCommand.BomLineCommand;
import com.wqs.application.port.in.SettingsCommand;
import com.wqs.application.port.out.MailDelivery;
import com.wqs.application.port.out.Store;
import com.wqs.application.service.AuthPolicy;
import com.wqs.application.service.UseCases;
import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.testing.CatalogFixtures;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * A real server for page tests: a fresh SQLite file, the use cases, the JSON API and the pages, on a
 * random port. Seeded with an ADMIN; {@link #withCatalogue} adds the worked example's catalogue.
 */
final class PageTestServer implements AutoCloseable {
    static final String ADMIN_EMAIL = "admin@wqs.example";
    static final String PASSWORD = "correct horse battery";

    private final Path directory;
    private final List<RouteRegistrar> extraRoutes;
    private final int port;
    private final Clock clock;
    private Store store;
    private UseCases useCases;
    private WebServer server;
    private final User admin;

    PageTestServer() {
        this(List.of());
    }

    /** With test-only routes next to the pages. */
    PageTestServer(List<RouteRegistrar> extraRoutes) {
        this(extraRoutes, 0, Clock.systemUTC(), port -> MailDelivery.NONE);
    }

    /**
     * On {@code port} (0: any), with the clock and the way to customers (given the port, for the links' base
     * URL) of the caller's choice.
     */
    PageTestServer(List<RouteRegistrar> extraRoutes, int port, Clock clock, IntFunction<MailDelivery> mail) {
        try {
            this.directory = Files.createTempDirectory("wqs-pages");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.extraRoutes = extraRoutes;
        this.port = port;
        this.clock = clock;
        open(mail.apply(port));
        this.admin = useCases.users().createFirstAdmin(ADMIN_EMAIL, "Ada Admin", PASSWORD);
    }

    private void open(MailDelivery mail) {
        this.store = SqliteStore.openAndMigrate(directory.resolve("wqs.db"));
        this.useCases = UseCases.create(store, new Argon2PasswordHasher(), new OpenHtmlQuotePdfRenderer(),
                clock, AuthPolicy.defaults(), mail);
        WebConfig config = WebConfig.defaults().withHost("127.0.0.1").withPort(port).withLoginPagePath("/login");
        this.server = new WebServer(useCases, store, config, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                Stream.concat(Stream.of(new PageRoutes(useCases)), extraRoutes.stream()).toList());
        server.start();
    }

    /** Stops the server and closes the database, then opens both again on the same file (a restart). */
    void restart(MailDelivery mail) {
        server.stop();
        store.close();
        open(mail);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** Method and path template of every route the running server has. */
    List<WebServer.Route> routes() {
        return server.routes();
    }

    UseCases useCases() {
        return useCases;
    }

    Actor adminActor() {
        return admin.asActor();
    }

    User addUser(String email, String name, Role role) {
        return useCases.users().create(adminActor(), new NewUserCommand(email, name, role, PASSWORD));
    }

    /** The worked example's catalogue and a named company. */
    PageTestServer withCatalogue() {
        Actor actor = adminActor();
        for (Material m : CatalogFixtures.materials()) {
            useCases.catalog().createMaterial(actor, new MaterialCommand(m.code(), m.name(), m.category(), m.unit(),
                    m.unitCost(), m.stockLengthM(), m.active(), m.colourCosts()));
        }
        for (Product p : CatalogFixtures.products()) {
            useCases.catalog().createProduct(actor, new ProductCommand(p.code(), p.name(), p.category(),
                    p.windowType(), p.minWidthMm(), p.maxWidthMm(), p.minHeightMm(), p.maxHeightMm(),
                    p.bom().stream().map(b -> new BomLineCommand(b.materialCode(), b.formula().source(),
                            b.wasteFactor(), b.description())).toList(), p.active()));
        }
        for (LaborRate rate : CatalogFixtures.laborRates()) {
            useCases.catalog().setLaborRate(actor, rate);
        }
        Settings current = useCases.settings().get(actor);
        useCases.settings().update(actor, new SettingsCommand(
                new CompanyProfile("Ventanas del Norte", "Av. Industrial 45, Monterrey", "+52 81 5555 0000",
                        "ventas@vdn.example", "VDN-990011", null, null),
                current.profitMargin(), current.indirectRate(), current.taxRate(), current.glassWaste(),
                current.validityDays(), current.currency(), current.zone().getId(),
                current.locale().toLanguageTag(), current.terms(), null, current.version()));
        return this;
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
