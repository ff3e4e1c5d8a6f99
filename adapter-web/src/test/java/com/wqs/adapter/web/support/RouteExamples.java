package com.wqs.adapter.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.port.in.NewUserCommand;
import com.wqs.application.port.in.OffcutCommand;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialUnit;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A valid example request for every route of the API, keyed {@code "METHOD /template"}, with who may use
 * it and who is refused: the table {@code RouteCoverageTest} checks every route against, and the valid
 * examples the bad-input corpus mutates.
 */
public final class RouteExamples {
    private static final String INTERIM_PASSWORD = "an interim long password";
    private final WebTestServer env;
    private final Map<String, RouteCase> cases = new LinkedHashMap<>();

    private RouteExamples(WebTestServer env) {
        this.env = env;
        define();
    }

    /** The cases for the API routes of {@code env}'s server, in declaration order. */
    public static Map<String, RouteCase> of(WebTestServer env) {
        return Collections.unmodifiableMap(new RouteExamples(env).cases);
    }

    private void define() {
        User admin = env.admin;
        User sales = env.sales;
        User other = env.otherSales;
        User production = env.production;
        String v1 = "/api/v1";

        publicRoute("GET", "/health", 200, e -> get("/health"));
        publicRoute("GET", "/health/live", 200, e -> get("/health/live"));
        publicRoute("GET", "/health/ready", 200, e -> get("/health/ready"));
        // without a metrics token configured (the tests' servers have none) /metrics does not exist
        publicRoute("GET", "/metrics", 404, e -> get("/metrics"));
        publicRoute("GET", "/openapi.json", 200, e -> get("/openapi.json"));
        publicRoute("POST", v1 + "/auth/login", 200,
                e -> json(v1 + "/auth/login", Requests.login("sales@example.com", WebTestServer.PASSWORD)));

        anyone("POST", v1 + "/auth/logout", 204, e -> json(v1 + "/auth/logout", null));
        anyone("GET", v1 + "/me", 200, e -> get(v1 + "/me"));
        anyone("GET", v1 + "/tokens", 200, e -> get(v1 + "/tokens"));
        anyone("POST", v1 + "/tokens", 201, e -> json(v1 + "/tokens", "{\"name\":\"ci\",\"expiresInDays\":30}"));
        add("GET", v1 + "/tokens/all", admin, 200, Map.of(sales, 403, production, 403), e -> get(v1 + "/tokens/all"));
        // an ADMIN reset to another password first, so the change puts the fixture's password back
        add("POST", v1 + "/me/password", other, 200, Map.of(), e -> {
            e.useCases.users().resetPassword(admin.asActor(), other.id(), INTERIM_PASSWORD);
            return json(v1 + "/me/password", "{\"currentPassword\":\"" + INTERIM_PASSWORD + "\",\"password\":\""
                    + WebTestServer.PASSWORD + "\"}");
        });
        anyone("PUT", v1 + "/me/language", 200, e -> json(v1 + "/me/language", "{\"language\":\"es\"}"));
        add("DELETE", v1 + "/tokens/{id}", sales, 204, Map.of(other, 404),
                e -> get(v1 + "/tokens/" + e.useCases.authentication().createApiToken(sales.asActor(), "x").token().id()));

        Map<User, Integer> adminOnly = Map.of(sales, 403, production, 403);
        add("GET", v1 + "/login-throttles", admin, 200, adminOnly, e -> get(v1 + "/login-throttles"));
        add("DELETE", v1 + "/login-throttles", admin, 204, adminOnly,
                e -> get(v1 + "/login-throttles?key=account%3Anobody%40example.com"));
        add("GET", v1 + "/users", admin, 200, adminOnly, e -> get(v1 + "/users"));
        add("POST", v1 + "/users", admin, 201, adminOnly, e -> json(v1 + "/users", Requests.newUser("SALES")));
        add("GET", v1 + "/users/{id}", admin, 200, adminOnly, e -> get(v1 + "/users/" + sales.id()));
        add("PATCH", v1 + "/users/{id}", admin, 200, adminOnly,
                e -> json(v1 + "/users/" + freshUser().id(), "{\"fullName\":\"Renamed User\"}"));
        add("POST", v1 + "/users/{id}/password", admin, 200, adminOnly,
                e -> json(v1 + "/users/" + freshUser().id() + "/password", "{\"password\":\"another long password\"}"));

        anyone("GET", v1 + "/customers", 200, e -> get(v1 + "/customers?q=acme&page=1&size=10"));
        add("POST", v1 + "/customers", sales, 201, Map.of(production, 403),
                e -> json(v1 + "/customers", Requests.customer("New Customer")));
        anyone("GET", v1 + "/customers/{id}", 200, e -> get(v1 + "/customers/" + env.customer.id()));
        anyone("GET", v1 + "/customers/{id}/history", 200,
                e -> get(v1 + "/customers/" + env.customer.id() + "/history"));
        add("PUT", v1 + "/customers/{id}", sales, 200, Map.of(production, 403),
                e -> {
                    Customer fresh = freshCustomerRecord();
                    return json(v1 + "/customers/" + fresh.id(),
                            Requests.withVersion(Requests.customer("Renamed Customer"), fresh.version()));
                });
        add("DELETE", v1 + "/customers/{id}", sales, 204, Map.of(production, 403),
                e -> get(v1 + "/customers/" + freshCustomer()));

        anyone("GET", v1 + "/materials", 200, e -> get(v1 + "/materials?category=PROFILE&active=true"));
        add("POST", v1 + "/materials", admin, 201, adminOnly,
                e -> json(v1 + "/materials", Requests.material("MAT-" + Requests.next())));
        anyone("GET", v1 + "/materials/{id}", 200, e -> get(v1 + "/materials/" + freshMaterial()));
        add("PUT", v1 + "/materials/{id}", admin, 200, adminOnly,
                e -> freshMaterialPut(v1));
        add("DELETE", v1 + "/materials/{id}", admin, 204, adminOnly, e -> get(v1 + "/materials/" + freshMaterial()));

        anyone("GET", v1 + "/products", 200, e -> get(v1 + "/products"));
        add("POST", v1 + "/products", admin, 201, adminOnly,
                e -> json(v1 + "/products", Requests.product("PRD-" + Requests.next())));
        anyone("GET", v1 + "/products/{id}", 200, e -> get(v1 + "/products/" + freshProduct(v1)));
        add("PUT", v1 + "/products/{id}", admin, 200, adminOnly, e -> {
            String code = "PRD-" + Requests.next();
            String id = freshProduct(v1, code);
            long version = env.useCases.catalog().getProduct(env.admin.asActor(),
                    new ProductId(UUID.fromString(id))).version();
            return json(v1 + "/products/" + id, Requests.withVersion(Requests.product(code), version));
        });
        add("DELETE", v1 + "/products/{id}", admin, 204, adminOnly, e -> get(v1 + "/products/" + freshProduct(v1)));

        anyone("GET", v1 + "/labor-rates", 200, e -> get(v1 + "/labor-rates"));
        add("PUT", v1 + "/labor-rates/{windowType}", admin, 200, adminOnly,
                e -> json(v1 + "/labor-rates/CASEMENT", "{\"ratePerM2\":\"70.00\",\"complexity\":\"1.1\"}"));

        anyone("GET", v1 + "/catalog/materials.csv", 200, e -> get(v1 + "/catalog/materials.csv"));
        add("POST", v1 + "/catalog/materials.csv", admin, 200, adminOnly, e -> csv(v1 + "/catalog/materials.csv",
                "code,name,category,unit,unitCost\nCSV-" + Requests.next() + ",Csv item,HARDWARE,PIECE,2.00\n"));
        anyone("GET", v1 + "/catalog/products.csv", 200, e -> get(v1 + "/catalog/products.csv"));
        add("POST", v1 + "/catalog/products.csv", admin, 200, adminOnly, e -> csv(v1 + "/catalog/products.csv",
                "code,name,category,windowType,minWidthMm,maxWidthMm,minHeightMm,maxHeightMm,bomMaterialCode,bomFormula\n"
                        + "CSVP-" + Requests.next() + ",Csv window,WINDOW,FIXED,300,2000,300,2000,HW-ROLL,2\n"));

        anyone("GET", v1 + "/settings", 200, e -> get(v1 + "/settings"));
        add("PUT", v1 + "/settings", admin, 200, adminOnly,
                e -> json(v1 + "/settings", Requests.settings(e.useCases.settings().get(admin.asActor()).version())));

        anyone("GET", v1 + "/quotes", 200, e -> get(v1 + "/quotes?status=DRAFT&sort=-total&page=1&size=5"));
        add("POST", v1 + "/quotes", sales, 201, Map.of(production, 403),
                e -> json(v1 + "/quotes", Requests.quote(env.customer)));
        add("POST", v1 + "/quotes/price", sales, 200, Map.of(production, 403),
                e -> json(v1 + "/quotes/price", Requests.price()));
        add("GET", v1 + "/quotes/{id}", sales, 200, Map.of(other, 404, production, 404),
                e -> get(v1 + "/quotes/" + e.draft(sales).id()));
        add("PUT", v1 + "/quotes/{id}", sales, 200, Map.of(other, 404, production, 404),
                e -> json(v1 + "/quotes/" + e.draft(sales).id(), Requests.quote(env.customer)));
        add("POST", v1 + "/quotes/{id}/send", sales, 200, Map.of(other, 404, production, 404),
                e -> json(v1 + "/quotes/" + e.draft(sales).id() + "/send", null));
        add("GET", v1 + "/quotes/{id}/delivery", sales, 200, Map.of(other, 404),
                e -> get(v1 + "/quotes/" + e.sentWithLink(sales).id() + "/delivery"));
        add("POST", v1 + "/quotes/{id}/resend", sales, 200, Map.of(other, 404, production, 403),
                e -> json(v1 + "/quotes/" + e.sentWithLink(sales).id() + "/resend", null));
        add("POST", v1 + "/quotes/{id}/accept", sales, 200, Map.of(other, 404, production, 403),
                e -> json(v1 + "/quotes/" + e.sent(sales).id() + "/accept", null));
        add("POST", v1 + "/quotes/{id}/reject", sales, 200, Map.of(other, 404, production, 403),
                e -> json(v1 + "/quotes/" + e.sent(sales).id() + "/reject", "{\"reason\":\"too expensive\"}"));
        add("POST", v1 + "/quotes/{id}/choice", sales, 200, Map.of(other, 404, production, 403),
                e -> json(v1 + "/quotes/" + e.sent(sales).id() + "/choice", "{\"revision\":1,\"chosenLines\":[]}"));
        add("POST", v1 + "/quotes/{id}/revise", sales, 200, Map.of(other, 404, production, 403),
                e -> json(v1 + "/quotes/" + e.sent(sales).id() + "/revise", null));
        add("POST", v1 + "/quotes/{id}/cancel", sales, 200, Map.of(other, 404, production, 404),
                e -> json(v1 + "/quotes/" + e.draft(sales).id() + "/cancel", "{\"note\":\"customer withdrew\"}"));
        add("GET", v1 + "/quotes/{id}/history", sales, 200, Map.of(other, 404),
                e -> get(v1 + "/quotes/" + e.sent(sales).id() + "/history"));
        add("GET", v1 + "/quotes/{id}/pdf", sales, 200, Map.of(other, 404),
                e -> get(v1 + "/quotes/" + e.sent(sales).id() + "/pdf"));
        add("GET", v1 + "/quotes/{id}/lines/{n}/drawing.svg", sales, 200, Map.of(other, 404, production, 404),
                e -> get(v1 + "/quotes/" + e.draft(sales).id() + "/lines/1/drawing.svg"));
        add("GET", v1 + "/quotes/{id}/diff", sales, 200, Map.of(other, 404, production, 404), e -> {
            Quote revised = e.useCases.quoteLifecycle().revise(sales.asActor(), e.sent(sales).id());
            return get(v1 + "/quotes/" + revised.id() + "/diff?from=1");
        });
        add("POST", v1 + "/quotes/{id}/duplicate", sales, 201, Map.of(other, 404, production, 403),
                e -> json(v1 + "/quotes/" + e.sent(sales).id() + "/duplicate",
                        "{\"customerId\":\"" + env.customer.id() + "\"}"));
        add("POST", v1 + "/quotes/{id}/work-order", sales, 201, Map.of(other, 404, production, 403),
                e -> json(v1 + "/quotes/" + e.accepted(sales).id() + "/work-order", "{\"priority\":\"HIGH\"}"));

        anyone("GET", v1 + "/work-orders", 200, e -> get(v1 + "/work-orders?status=PENDING&priority=NORMAL"));
        add("GET", v1 + "/work-orders/{id}", production, 200, Map.of(other, 404),
                e -> get(v1 + "/work-orders/" + e.workOrder(sales).id()));
        add("PUT", v1 + "/work-orders/{id}", production, 200, Map.of(other, 404, sales, 403),
                e -> json(v1 + "/work-orders/" + e.workOrder(sales).id(),
                        "{\"priority\":\"URGENT\",\"estimatedDelivery\":\"2026-04-01\",\"productionNotes\":\"rush\"}"));
        add("POST", v1 + "/work-orders/{id}/status", production, 200, Map.of(other, 404, sales, 403),
                e -> json(v1 + "/work-orders/" + e.workOrder(sales).id() + "/status",
                        "{\"to\":\"MATERIALS_ORDERED\",\"note\":\"ordered from supplier\"}"));
        add("GET", v1 + "/work-orders/{id}/materials", production, 200, Map.of(other, 404),
                e -> get(v1 + "/work-orders/" + e.workOrder(sales).id() + "/materials"));
        add("GET", v1 + "/work-orders/{id}/cut-list", production, 200, Map.of(other, 404),
                e -> get(v1 + "/work-orders/" + e.workOrder(sales).id() + "/cut-list?kerfMm=3"));
        add("GET", v1 + "/work-orders/{id}/cut-list.csv", production, 200, Map.of(other, 404),
                e -> get(v1 + "/work-orders/" + e.workOrder(sales).id() + "/cut-list.csv"));
        add("GET", v1 + "/cut-lists", production, 200, Map.of(other, 404),
                e -> get(v1 + "/cut-lists?workOrders=" + e.workOrder(sales).id() + "," + e.workOrder(sales).id()));
        add("GET", v1 + "/cut-lists.csv", production, 200, Map.of(other, 404),
                e -> get(v1 + "/cut-lists.csv?workOrders=" + e.workOrder(sales).id()));
        add("POST", v1 + "/work-orders/{id}/cut-list/release", production, 200, Map.of(other, 404, sales, 403),
                e -> json(v1 + "/work-orders/" + e.workOrder(sales).id() + "/cut-list/release", null));
        add("POST", v1 + "/cut-lists/release", production, 200, Map.of(other, 404, sales, 403),
                e -> json(v1 + "/cut-lists/release", "{\"workOrders\":[\"" + e.workOrder(sales).id() + "\",\""
                        + e.workOrder(sales).id() + "\"]}"));
        anyone("GET", v1 + "/offcuts", 200, e -> get(v1 + "/offcuts?materialCode=PRF-TOP&colour=WHITE&state=ALL"));
        add("POST", v1 + "/offcuts", production, 201, Map.of(sales, 403), e -> json(v1 + "/offcuts",
                "{\"materialCode\":\"PRF-TOP\",\"colour\":\"WHITE\",\"lengthMm\":1800,\"note\":\"rack A\"}"));
        add("GET", v1 + "/offcuts/{id}", sales, 200, Map.of(), e -> get(v1 + "/offcuts/" + freshOffcut().id()));
        add("PUT", v1 + "/offcuts/{id}", production, 200, Map.of(sales, 403), e -> {
            Offcut offcut = freshOffcut();
            return json(v1 + "/offcuts/" + offcut.label(), "{\"colour\":\"WHITE\",\"lengthMm\":1700,\"note\":\"rack B\","
                    + "\"version\":" + offcut.version() + "}");
        });
        add("POST", v1 + "/offcuts/{id}/discard", production, 200, Map.of(sales, 403), e -> {
            Offcut offcut = freshOffcut();
            return json(v1 + "/offcuts/" + offcut.id() + "/discard", "{\"version\":" + offcut.version() + "}");
        });
        add("GET", v1 + "/work-orders/{id}/lines/{n}/drawing.svg", production, 200, Map.of(other, 404),
                e -> get(v1 + "/work-orders/" + e.workOrder(sales).id() + "/lines/1/drawing.svg"));
        add("GET", v1 + "/work-orders/{id}/history", production, 200, Map.of(other, 404),
                e -> get(v1 + "/work-orders/" + e.workOrder(sales).id() + "/history"));

        add("GET", v1 + "/stats/quotes", admin, 200, Map.of(sales, 403, production, 403),
                e -> get(v1 + "/stats/quotes?scope=all&from=2026-01-01&to=2026-12-31"));
        add("GET", v1 + "/stats/production", production, 200, Map.of(),
                e -> get(v1 + "/stats/production"));
    }

    private User freshUser() {
        return env.useCases.users().create(env.admin.asActor(),
                new NewUserCommand("fresh" + Requests.next() + "@example.com", "Fresh User", Role.SALES,
                        "lilac kettle orbit 42"));
    }

    private Offcut freshOffcut() {
        return env.useCases.offcuts().add(env.production.asActor(),
                new OffcutCommand("PRF-TOP", "WHITE", 1900, null, null));
    }

    private String freshCustomer() {
        return freshCustomerRecord().id().toString();
    }

    private Customer freshCustomerRecord() {
        return env.useCases.customers().create(env.sales.asActor(),
                new CustomerCommand("Customer " + Requests.next(), null, null, null, null, null));
    }

    private String freshMaterial() {
        return env.useCases.catalog().createMaterial(env.admin.asActor(), new MaterialCommand(
                "FRESH-" + Requests.next(), "Fresh", MaterialCategory.HARDWARE, MaterialUnit.PIECE, BigDecimal.ONE, null,
                null, Map.of())).id().toString();
    }

    private Req freshMaterialPut(String v1) {
        String code = "PUT-" + Requests.next();
        Material fresh = env.useCases.catalog().createMaterial(env.admin.asActor(), new MaterialCommand(code, "Fresh",
                MaterialCategory.HARDWARE, MaterialUnit.PIECE, BigDecimal.ONE, null, null, Map.of()));
        return json(v1 + "/materials/" + fresh.id(), Requests.withVersion(Requests.material(code), fresh.version()));
    }

    private String freshProduct(String v1) {
        return freshProduct(v1, "PRD-" + Requests.next());
    }

    private String freshProduct(String v1, String code) {
        HttpResult created = env.http.post(v1 + "/products", Requests.product(code), env.bearer(env.admin));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private void publicRoute(String method, String path, int status, Function<WebTestServer, Req> request) {
        cases.put(method + " " + path, new RouteCase(method, path, status, env.sales, status, Map.of(), request));
    }

    private void anyone(String method, String path, int status, Function<WebTestServer, Req> request) {
        add(method, path, env.production, status, Map.of(), request);
    }

    private void add(String method, String path, User allowed, int status, Map<User, Integer> refused,
            Function<WebTestServer, Req> request) {
        cases.put(method + " " + path, new RouteCase(method, path, 401, allowed, status, refused, request));
    }

    private Req get(String path) {
        return new Req(path, null, null);
    }

    private Req json(String path, String body) {
        return new Req(path, body, body == null ? null : HttpApi.JSON);
    }

    private Req csv(String path, String body) {
        return new Req(path, body, "text/csv");
    }

    /** A request: path with its query, and the body (null: none) with its content type. */
    public record Req(String path, String body, String contentType) {
    }

    /**
     * One route: its answer without credentials, a user allowed to use it with the success status of
     * {@code request} (which prepares what the request needs, such as a fresh draft, each time it is called),
     * and users refused with their status.
     */
    public record RouteCase(String method, String template, int anonymousStatus, User allowed, int successStatus,
            Map<User, Integer> refused, Function<WebTestServer, Req> request) {
        public String key() {
            return method + " " + template;
        }
    }
}
