package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.DatabaseSnapshot;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.application.port.in.OffcutCommand;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.user.User;
import com.wqs.testing.CatalogFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad input for every write route (and the parameters of the list routes): malformed JSON, wrong types,
 * unknown enum constants, missing or oversized bodies, wrong content types, bad ids. Each answers a 4xx
 * problem naming the field, never a 500, and leaves the database exactly as it was.
 */
class MalformedInputTest {
    private static final String V1 = "/api/v1";
    private static WebTestServer env;
    private static final List<Case> CASES = new ArrayList<>();

    @BeforeAll
    static void start() {
        env = WebTestServer.start(WebConfig.defaults().withMaxBodyBytes(64 * 1024), List.of());
        define();
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @TestFactory
    Stream<DynamicTest> everyBadRequestIsA4xxProblemAndChangesNothing() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    @Test
    void everyWriteRouteHasBadInputCases() {
        List<String> writeRoutes = env.server.routes().stream()
                .filter(r -> !r.method().equals("GET"))
                .filter(r -> !r.path().equals(V1 + "/auth/logout"))
                .map(r -> r.method() + " " + r.path()).toList();
        List<String> covered = CASES.stream().map(c -> c.method + " " + c.template).toList();
        assertThat(covered).as("write routes without bad-input cases").containsAll(writeRoutes);
    }

    private static void check(Case c) {
        String before = DatabaseSnapshot.of(env.store);
        Map<String, String> headers = c.headers;
        HttpResult result = env.http.send(c.method, c.path, c.body == null ? null : HttpApi.bytes(c.body),
                c.contentType, c.user == null ? Credentials.NONE : env.bearer(c.user), headers);

        assertThat(result.status()).as("%s -> %s", c, result).isEqualTo(c.status);
        assertThat(result.contentType()).startsWith("application/problem+json");
        JsonNode problem = result.json();
        assertThat(problem.get("requestId").asText()).isEqualTo(result.header("X-Request-Id"));
        if (c.field != null) {
            List<String> fields = StreamSupport.stream(problem.path("errors").spliterator(), false)
                    .map(e -> e.get("field").asText()).toList();
            assertThat(fields).as("%s -> %s", c, result).contains(c.field);
        }
        assertThat(DatabaseSnapshot.of(env.store)).as("database after %s", c).isEqualTo(before);
    }

    // ---- the table ---------------------------------------------------------------------------------

    private static void define() {
        User admin = env.admin;
        User sales = env.sales;
        User production = env.production;
        String draft = V1 + "/quotes/" + env.draft(sales).id();
        String sent = V1 + "/quotes/" + env.sent(sales).id();
        String accepted = V1 + "/quotes/" + env.accepted(sales).id();
        String workOrder = V1 + "/work-orders/" + env.workOrder(sales).id();
        String customer = V1 + "/customers/" + env.customer.id();
        String material = V1 + "/materials/" + CatalogFixtures.PRF_TOP.id();
        String product = V1 + "/products/" + CatalogFixtures.SLD_2L.id();
        String user = V1 + "/users/" + env.otherSales.id();
        String token = V1 + "/tokens/" + env.useCases.authentication().createApiToken(sales.asActor(), "t").token().id();
        String quoteBody = Requests.quote(env.customer);
        Offcut rack = env.useCases.offcuts().add(production.asActor(),
                new OffcutCommand("PRF-TOP", "WHITE", 2000, "rack A", null));
        String offcut = V1 + "/offcuts/" + rack.id();

        String login = V1 + "/auth/login";
        bad("POST", login, login, null, "{\"email\":", 400, "body");
        bad("POST", login, login, null, "{\"email\":5,\"password\":\"x\"}", 400, "email");
        bad("POST", login, login, null, "[\"sales@example.com\"]", 400, "body");
        badContentType("POST", login, login, null, Requests.login("sales@example.com", "x"));
        bad("POST", login, login, null, "{\"email\":\"a\",\"password\":\"" + "x".repeat(70 * 1024) + "\"}", 413, null);

        bad("POST", V1 + "/tokens", V1 + "/tokens", sales, "{\"name\":123}", 400, "name");
        bad("POST", V1 + "/tokens", V1 + "/tokens", sales, "", 400, "body");
        bad("DELETE", V1 + "/tokens/{id}", V1 + "/tokens/not-a-uuid", sales, null, 400, "id");
        bad("POST", V1 + "/tokens", V1 + "/tokens", sales, "{\"name\":\"t\",\"expiresInDays\":\"soon\"}", 400,
                "expiresInDays");
        bad("POST", V1 + "/tokens", V1 + "/tokens", sales, "{\"name\":\"t\",\"expiresInDays\":366}", 400,
                "expiresInDays");
        bad("POST", V1 + "/me/password", V1 + "/me/password", sales, "{\"currentPassword\":5,\"password\":\"x\"}",
                400, "currentPassword");
        bad("POST", V1 + "/me/password", V1 + "/me/password", sales, "", 400, "body");
        bad("POST", V1 + "/me/password", V1 + "/me/password", sales,
                "{\"currentPassword\":\"" + WebTestServer.PASSWORD + "\",\"password\":\"password1\"}", 400, "password");
        bad("PUT", V1 + "/me/language", V1 + "/me/language", sales, "{\"language\":\"fr\"}", 400, "language");
        bad("PUT", V1 + "/me/language", V1 + "/me/language", sales, "{\"language\":7}", 400, "language");
        bad("PUT", V1 + "/me/language", V1 + "/me/language", sales, "{\"language\":\"\"}", 400, "language");
        bad("PUT", V1 + "/me/language", V1 + "/me/language", sales, "", 400, "body");
        bad("DELETE", V1 + "/login-throttles", V1 + "/login-throttles", admin, null, 400, "key");
        bad("DELETE", V1 + "/login-throttles", V1 + "/login-throttles?key=nonsense", admin, null, 400, "key");
        bad("DELETE", V1 + "/tokens/{id}", token, env.otherSales, null, 404, null);

        bad("POST", V1 + "/users", V1 + "/users", admin, "{\"email\":\"x@example.com\",\"fullName\":\"X\","
                + "\"role\":\"KING\",\"password\":\"lilac kettle orbit 42\"}", 400, "role");
        bad("POST", V1 + "/users", V1 + "/users", admin, "{\"email\":7,\"fullName\":\"X\",\"role\":\"SALES\","
                + "\"password\":\"lilac kettle orbit 42\"}", 400, "email");
        bad("POST", V1 + "/users", V1 + "/users", admin, "{\"email\":\"sales@example.com\",\"fullName\":\"X\","
                + "\"role\":\"SALES\",\"password\":\"lilac kettle orbit 42\"}", 409, null);
        bad("POST", V1 + "/users", V1 + "/users", admin, "{\"email\":\"new@example.com\",\"fullName\":\"X\","
                + "\"role\":\"SALES\",\"password\":\"short\"}", 400, "password");
        bad("PATCH", V1 + "/users/{id}", user, admin, "{\"active\":\"yes\"}", 400, "active");
        bad("PATCH", V1 + "/users/{id}", user, admin, "{\"role\":\"sales\"}", 400, "role");
        bad("PATCH", V1 + "/users/{id}", V1 + "/users/123", admin, "{\"active\":false}", 400, "id");
        bad("POST", V1 + "/users/{id}/password", user + "/password", admin, "{\"password\":12345678901}", 400, "password");
        bad("POST", V1 + "/users/{id}/password", user + "/password", admin, "{\"password\":\"short\"}", 400, "password");

        bad("POST", V1 + "/customers", V1 + "/customers", sales, "{\"email\":\"a@b.co\"}", 400, "name");
        bad("POST", V1 + "/customers", V1 + "/customers", sales, "{\"name\":{}}", 400, "name");
        bad("POST", V1 + "/customers", V1 + "/customers", sales, "{\"name\":\"X\",\"email\":\"not-an-email\"}", 400, "email");
        bad("POST", V1 + "/customers", V1 + "/customers", sales, "{\"name\":\"X\",\"language\":\"fr\"}", 400,
                "language");
        bad("PUT", V1 + "/customers/{id}", customer, sales, "{\"name\":\"X\",\"language\":\"fr\",\"version\":"
                + env.customer.version() + "}", 400, "language");
        bad("POST", V1 + "/customers", V1 + "/customers", sales, "{\"name\":\"X\"} trailing", 400, "body");
        bad("POST", V1 + "/customers", V1 + "/customers", sales, "{\"name\":\"X\",\"name\":\"Y\"}", 400, "body");
        bad("POST", V1 + "/customers", V1 + "/customers", sales, "null", 400, "body");
        bad("POST", V1 + "/customers", V1 + "/customers", sales, "{\"name\":\"" + "x".repeat(70 * 1024) + "\"}", 413, null);
        badContentType("POST", V1 + "/customers", V1 + "/customers", sales, Requests.customer("X"));
        // Regressions of the bad-input reliability corpus: text PostgreSQL, the PDF's XML or UTF-8 cannot hold.
        bad("POST", V1 + "/customers", V1 + "/customers", sales, Requests.customer("nul \\u0000 inside"), 400, "name");
        bad("POST", V1 + "/customers", V1 + "/customers", sales, Requests.customer("bell \\u0007"), 400, "name");
        bad("POST", V1 + "/customers", V1 + "/customers", sales, Requests.customer("lone \\ud800 half"), 400, "name");
        bad("POST", V1 + "/customers", V1 + "/customers", sales, "{\"name\":\"X\",\"notes\":\"\\udc00\"}", 400, "notes");
        bad("GET", V1 + "/customers/{id}", V1 + "/customers/%00", sales, null, 400, null);
        bad("PUT", V1 + "/labor-rates/{windowType}", V1 + "/labor-rates/%2e%2e", admin,
                "{\"ratePerM2\":\"70\",\"complexity\":\"1\"}", 400, null);
        bad("PUT", V1 + "/customers/{id}", customer, sales, "{\"name\":\"X\",\"notes\":[]}", 400, "notes");
        bad("PUT", V1 + "/customers/{id}", V1 + "/customers/zzz", sales, Requests.customer("X"), 400, "id");
        badContentType("PUT", V1 + "/customers/{id}", customer, sales, Requests.customer("X"));
        bad("PUT", V1 + "/customers/{id}", customer, sales, Requests.customer("X"), 400, "version");
        bad("PUT", V1 + "/customers/{id}", customer, sales, Requests.withVersion(Requests.customer("X"), 99), 409, null);
        bad("DELETE", V1 + "/customers/{id}", V1 + "/customers/zzz", sales, null, 400, "id");
        bad("DELETE", V1 + "/customers/{id}", customer, sales, null, 409, null);

        bad("POST", V1 + "/materials", V1 + "/materials", admin, Requests.material("M-1").replace("HARDWARE", "WOOD"),
                400, "category");
        bad("POST", V1 + "/materials", V1 + "/materials", admin, Requests.material("M-1").replace("\"12.50\"", "\"abc\""),
                400, "unitCost");
        bad("POST", V1 + "/materials", V1 + "/materials", admin, Requests.material("M-1").replace("\"12.50\"", "true"),
                400, "unitCost");
        bad("POST", V1 + "/materials", V1 + "/materials", admin, Requests.material("M-1").replace("\"12.50\"", "\"-1\""),
                400, "unitCost");
        bad("POST", V1 + "/materials", V1 + "/materials", admin,
                Requests.material("M-1").replace("{}", "{\"WHITE\":\"x\"}"), 400, "colourCosts.WHITE");
        bad("POST", V1 + "/materials", V1 + "/materials", admin, Requests.material("PRF-TOP"), 409, null);
        bad("PUT", V1 + "/materials/{id}", material, admin, Requests.material("PRF-TOP").replace("\"PIECE\"", "5"),
                400, "unit");
        bad("PUT", V1 + "/materials/{id}", V1 + "/materials/" + UUID.randomUUID(), admin,
                Requests.material("ZZ"), 404, null);
        bad("PUT", V1 + "/materials/{id}", material, admin, Requests.material("PRF-TOP"), 400, "version");
        bad("PUT", V1 + "/materials/{id}", material, admin, Requests.withVersion(Requests.material("PRF-TOP"), 99), 409,
                null);
        bad("DELETE", V1 + "/materials/{id}", material, admin, null, 409, null);
        bad("DELETE", V1 + "/materials/{id}", V1 + "/materials/1", admin, null, 400, "id");

        String productBody = Requests.product("P-BAD");
        bad("POST", V1 + "/products", V1 + "/products", admin, productBody.replace("\"minWidthMm\":300", "\"minWidthMm\":\"wide\""),
                400, "minWidthMm");
        bad("POST", V1 + "/products", V1 + "/products", admin, productBody.replace("\"minWidthMm\":300", "\"minWidthMm\":1.5"),
                400, "minWidthMm");
        bad("POST", V1 + "/products", V1 + "/products", admin, productBody.replace("FIXED", "ROUND"), 400, "windowType");
        bad("POST", V1 + "/products", V1 + "/products", admin, productBody.replace("\"perimeter_m\"", "\"width_m +\""),
                400, "bom[0].formula");
        bad("POST", V1 + "/products", V1 + "/products", admin, productBody.replace("\"perimeter_m\"", "\"depth_m\""),
                400, "bom[0].formula");
        bad("POST", V1 + "/products", V1 + "/products", admin,
                productBody.replace("\"perimeter_m\"", "\"log(perimeter_m)\""), 400, "bom[0].formula");
        bad("POST", V1 + "/products", V1 + "/products", admin,
                productBody.replace("\"perimeter_m\"", "\"round(perimeter_m, 1.5)\""), 400, "bom[0].formula");
        bad("POST", V1 + "/products", V1 + "/products", admin, productBody.replace("HW-ROLL", "NOPE"), 400,
                "bom[1].materialCode");
        bad("POST", V1 + "/products", V1 + "/products", admin, productBody.replace("\"maxWidthMm\":3000", "\"maxWidthMm\":200"),
                400, "maxWidthMm");
        bad("PUT", V1 + "/products/{id}", product, admin, "{\"code\":\"SLD-2L\",\"bom\":\"x\"}", 400, "bom");
        bad("PUT", V1 + "/products/{id}", product, admin, Requests.product("SLD-2L"), 400, "version");
        bad("PUT", V1 + "/products/{id}", product, admin, Requests.withVersion(Requests.product("SLD-2L"), 99), 409,
                null);
        bad("DELETE", V1 + "/products/{id}", V1 + "/products/x", admin, null, 400, "id");

        bad("PUT", V1 + "/labor-rates/{windowType}", V1 + "/labor-rates/ROUND", admin,
                "{\"ratePerM2\":\"70\",\"complexity\":\"1\"}", 400, "windowType");
        bad("PUT", V1 + "/labor-rates/{windowType}", V1 + "/labor-rates/FIXED", admin,
                "{\"ratePerM2\":\"abc\",\"complexity\":\"1\"}", 400, "ratePerM2");
        bad("PUT", V1 + "/labor-rates/{windowType}", V1 + "/labor-rates/FIXED", admin,
                "{\"ratePerM2\":\"70\",\"complexity\":\"0\"}", 400, "complexity");

        String materialsCsv = V1 + "/catalog/materials.csv";
        badCsv(materialsCsv, admin, "code,name,category,unit,unitCost\nOK-1,Fine,HARDWARE,PIECE,1.00\nBAD-1,Bad,HARDWARE,PIECE,abc\n",
                400, "rows[3].unitCost");
        badCsv(materialsCsv, admin, "code,name,category,unit\nX,Y,HARDWARE,PIECE\n", 400, "header");
        badCsv(materialsCsv, admin, "code,name,category,unit,unitCost\nX,Y,WOOD,PIECE,1\n", 400, "rows[2].category");
        badCsv(materialsCsv, admin, "code,name,category,unit,unitCost\n", 400, "body");
        badCsv(materialsCsv, admin, "code,name,category,unit,unitCost\nNUL-1,Nul \u0000 name,HARDWARE,PIECE,1\n", 400,
                "rows[2].name");
        bad("POST", materialsCsv, materialsCsv, admin, "{\"rows\":[]}", 415, null);
        String productsCsv = V1 + "/catalog/products.csv";
        badCsv(productsCsv, admin, "code,name,category,windowType,minWidthMm,maxWidthMm,minHeightMm,maxHeightMm,"
                + "bomMaterialCode,bomFormula\nNEW-1,New,WINDOW,FIXED,300,2000,300,2000,HW-ROLL,2\n"
                + "NEW-1,,,,,,,,PRF-TOP,width_m +\n", 400, "rows[3].bomFormula");
        badCsv(productsCsv, admin, "code,name,category,windowType,minWidthMm,maxWidthMm,minHeightMm,maxHeightMm,"
                + "bomMaterialCode,bomFormula\nNEW-2,New,WINDOW,FIXED,300,2000,300,2000,NOPE,2\n", 400,
                "rows[2].bomMaterialCode");

        long version = env.useCases.settings().get(admin.asActor()).version();
        String settings = Requests.settings(version);
        bad("PUT", V1 + "/settings", V1 + "/settings", admin, settings.replace("\"validityDays\":30", "\"validityDays\":\"30\""),
                400, "validityDays");
        bad("PUT", V1 + "/settings", V1 + "/settings", admin, settings.replace("\"profitMargin\":\"0.25\"",
                "\"profitMargin\":\"-1\""), 400, "profitMargin");
        bad("PUT", V1 + "/settings", V1 + "/settings", admin, settings.replace("\"zone\":\"UTC\"", "\"zone\":\"Mars/Base\""),
                400, "zone");
        bad("PUT", V1 + "/settings", V1 + "/settings", admin, settings.replace("\"version\":" + version, "\"version\":null"),
                400, "version");
        bad("PUT", V1 + "/settings", V1 + "/settings", admin, settings.replace("\"version\":" + version,
                "\"version\":" + (version + 5)), 409, null);

        bad("POST", V1 + "/quotes", V1 + "/quotes", sales, quoteBody.replace(env.customer.id().toString(), "x"), 400,
                "customerId");
        bad("POST", V1 + "/quotes", V1 + "/quotes", sales, quoteBody.replace("\"widthMm\":1500", "\"widthMm\":\"wide\""),
                400, "lines[0].widthMm");
        bad("POST", V1 + "/quotes", V1 + "/quotes", sales, quoteBody.replace("\"type\":\"WINDOW\"", "\"type\":\"DOOR\""),
                400, "lines[0].type");
        bad("POST", V1 + "/quotes", V1 + "/quotes", sales, quoteBody.replace("\"quantity\":2", "\"quantity\":1.5"),
                400, "lines[0].quantity");
        bad("POST", V1 + "/quotes", V1 + "/quotes", sales, quoteBody.replace("\"widthMm\":1500", "\"widthMm\":100"),
                400, "lines[0].widthMm");
        bad("POST", V1 + "/quotes", V1 + "/quotes", sales, quoteBody.replace("SLD-2L", "NOPE"), 400, "lines[0].productCode");
        bad("POST", V1 + "/quotes", V1 + "/quotes", sales, quoteBody.replace("\"notes\"", "\"validUntil\":\"2026-02-30\",\"notes\""),
                400, "validUntil");
        bad("POST", V1 + "/quotes", V1 + "/quotes", sales, quoteBody.replace("\"0.05\",\"taxRate\"", "\"abc\",\"taxRate\""),
                400, "rates.discountRate");
        bad("POST", V1 + "/quotes", V1 + "/quotes", sales, Requests.quote(UUID.randomUUID().toString()), 400,
                null);
        bad("POST", V1 + "/quotes", V1 + "/quotes", sales, "{\"customerId\":\"" + env.customer.id() + "\",\"lines\":[null]}",
                400, "lines[0]");
        bad("POST", V1 + "/quotes", V1 + "/quotes", production, quoteBody, 403, null);
        bad("POST", V1 + "/quotes/price", V1 + "/quotes/price", sales, "{\"lines\":{}}", 400, "lines");
        bad("POST", V1 + "/quotes/price", V1 + "/quotes/price", sales, "{\"lines\":[" + Requests.materialLine()
                .replace("\"3\"", "\"-3\"") + "]}", 400, "lines[0].quantity");
        bad("PUT", V1 + "/quotes/{id}", draft, sales, quoteBody.replace("\"heightMm\":1200", "\"heightMm\":null"), 400,
                "lines[0].heightMm");
        bad("PUT", V1 + "/quotes/{id}", sent, sales, quoteBody, 409, null);
        bad("PUT", V1 + "/quotes/{id}", draft, env.otherSales, quoteBody, 404, null);
        bad("POST", V1 + "/quotes/{id}/send", V1 + "/quotes/nope/send", sales, null, 400, "id");
        bad("POST", V1 + "/quotes/{id}/send", sent + "/send", sales, null, 409, null);
        bad("POST", V1 + "/quotes/{id}/resend", V1 + "/quotes/nope/resend", sales, null, 400, "id");
        bad("POST", V1 + "/quotes/{id}/resend", draft + "/resend", sales, null, 409, null);
        bad("POST", V1 + "/quotes/{id}/accept", draft + "/accept", sales, null, 409, null);
        bad("POST", V1 + "/quotes/{id}/accept", V1 + "/quotes/" + UUID.randomUUID() + "/accept", sales, null,
                404, null);
        bad("POST", V1 + "/quotes/{id}/reject", sent + "/reject", sales, "{}", 400, "reason");
        bad("POST", V1 + "/quotes/{id}/reject", sent + "/reject", sales, "{\"reason\":5}", 400, "reason");
        bad("POST", V1 + "/quotes/{id}/choice", sent + "/choice", sales, "{}", 400, "revision");
        bad("POST", V1 + "/quotes/{id}/choice", sent + "/choice", sales, "{\"revision\":1}", 400, "chosenLines");
        bad("POST", V1 + "/quotes/{id}/choice", sent + "/choice", sales, "{\"revision\":1,\"chosenLines\":\"x\"}",
                400, "chosenLines");
        bad("POST", V1 + "/quotes/{id}/choice", sent + "/choice", sales, "{\"revision\":1,\"chosenLines\":[7]}", 400,
                "chosenLines[0]");
        bad("POST", V1 + "/quotes/{id}/choice", draft + "/choice", sales, "{\"revision\":1,\"chosenLines\":[]}", 409,
                null);
        bad("POST", V1 + "/quotes/price", V1 + "/quotes/price", sales, "{\"lines\":[" + Requests.materialLine()
                .replace("}", ",\"alternativeGroup\":\"" + "g".repeat(TextLimits.SHORT + 1) + "\"}") + "]}", 400,
                "lines[0].alternativeGroup");
        bad("POST", V1 + "/quotes/price", V1 + "/quotes/price", sales, "{\"lines\":[" + Requests.materialLine()
                .replace("}", ",\"optional\":\"perhaps\"}") + "]}", 400, "lines[0].optional");
        bad("POST", V1 + "/quotes/{id}/revise", draft + "/revise", sales, null, 409, null);
        bad("POST", V1 + "/quotes/{id}/cancel", draft + "/cancel", sales, "{\"note\":[]}", 400, "note");
        bad("POST", V1 + "/quotes/{id}/cancel", accepted + "/cancel", sales, null, 409, null);
        bad("POST", V1 + "/quotes/{id}/duplicate", sent + "/duplicate", sales, "{\"customerId\":\"x\"}", 400,
                "customerId");
        bad("POST", V1 + "/quotes/{id}/duplicate", sent + "/duplicate", sales, "{\"customerId\":7}", 400,
                "customerId");
        bad("POST", V1 + "/quotes/{id}/duplicate", sent + "/duplicate", sales,
                "{\"customerId\":\"" + UUID.randomUUID() + "\"}", 400, "customerId");
        bad("POST", V1 + "/quotes/{id}/duplicate", V1 + "/quotes/nope/duplicate", sales, null, 400, "id");
        bad("POST", V1 + "/quotes/{id}/duplicate", sent + "/duplicate", production, null, 403, null);
        bad("GET", V1 + "/quotes/{id}/diff", sent + "/diff?from=x", sales, null, 400, "from");
        bad("GET", V1 + "/quotes/{id}/diff", sent + "/diff", sales, null, 409, null);
        bad("POST", V1 + "/quotes/{id}/work-order", accepted + "/work-order", sales, "{\"priority\":\"SOON\"}", 400,
                "priority");
        bad("POST", V1 + "/quotes/{id}/work-order", accepted + "/work-order", sales,
                "{\"estimatedDelivery\":\"tomorrow\"}", 400, "estimatedDelivery");
        badWithHeader("POST", V1 + "/quotes/{id}/work-order", accepted + "/work-order", sales, "{}",
                Map.of("Idempotency-Key", "has spaces in it"), 400, "Idempotency-Key");
        bad("POST", V1 + "/quotes/{id}/work-order", draft + "/work-order", sales, "{}", 409, null);

        bad("PUT", V1 + "/work-orders/{id}", workOrder, production, "{\"priority\":1}", 400, "priority");
        bad("PUT", V1 + "/work-orders/{id}", workOrder, production, "{\"productionNotes\":\"" + "n".repeat(TextLimits.NOTES + 1) + "\"}",
                400, "productionNotes");
        bad("POST", V1 + "/work-orders/{id}/status", workOrder + "/status", production, "{\"to\":\"DONE\"}", 400, "to");
        bad("POST", V1 + "/work-orders/{id}/status", workOrder + "/status", production, "{\"note\":\"x\"}", 400, "to");
        bad("POST", V1 + "/work-orders/{id}/status", workOrder + "/status", production, "{\"to\":\"DELIVERED\"}", 409,
                null);
        bad("POST", V1 + "/work-orders/{id}/status", workOrder + "/status", sales, "{\"to\":\"MATERIALS_ORDERED\"}",
                403, null);

        bad("POST", V1 + "/work-orders/{id}/cut-list/release", workOrder + "/cut-list/release", sales, null, 403, null);
        bad("POST", V1 + "/work-orders/{id}/cut-list/release", V1 + "/work-orders/nope/cut-list/release", production,
                null, 400, "id");
        bad("POST", V1 + "/cut-lists/release", V1 + "/cut-lists/release", production, "{}", 400, "workOrders");
        bad("POST", V1 + "/cut-lists/release", V1 + "/cut-lists/release", production, "{\"workOrders\":\"x\"}", 400,
                "workOrders");
        bad("POST", V1 + "/cut-lists/release", V1 + "/cut-lists/release", production,
                "{\"workOrders\":[\"nope\"]}", 400, "workOrders[0]");
        bad("POST", V1 + "/cut-lists/release", V1 + "/cut-lists/release", production,
                "{\"workOrders\":[\"00000000-0000-0000-0000-000000000000\"]}", 404, null);
        bad("POST", V1 + "/cut-lists/release", V1 + "/cut-lists/release", sales,
                "{\"workOrders\":[\"" + env.workOrder(sales).id() + "\"]}", 403, null);

        bad("POST", V1 + "/offcuts", V1 + "/offcuts", production, "{\"materialCode\":\"PRF-TOP\",\"lengthMm\":0}", 400,
                "lengthMm");
        bad("POST", V1 + "/offcuts", V1 + "/offcuts", production, "{\"materialCode\":\"PRF-TOP\",\"lengthMm\":\"x\"}",
                400, "lengthMm");
        bad("POST", V1 + "/offcuts", V1 + "/offcuts", production, "{\"materialCode\":\"HW-ROLL\",\"lengthMm\":100}",
                400, "materialCode");
        bad("POST", V1 + "/offcuts", V1 + "/offcuts", production, "{\"lengthMm\":100}", 400, "materialCode");
        bad("POST", V1 + "/offcuts", V1 + "/offcuts", sales, "{\"materialCode\":\"PRF-TOP\",\"lengthMm\":900}", 403,
                null);
        bad("PUT", V1 + "/offcuts/{id}", offcut, production, "{\"lengthMm\":-1,\"version\":" + rack.version() + "}",
                400, "lengthMm");
        bad("PUT", V1 + "/offcuts/{id}", offcut, production, "{\"lengthMm\":1900,\"version\":" + (rack.version() + 1)
                + "}", 409, null);
        bad("PUT", V1 + "/offcuts/{id}", offcut, production, "{\"lengthMm\":1900}", 400, "version");
        bad("PUT", V1 + "/offcuts/{id}", V1 + "/offcuts/OC-x", production, "{\"lengthMm\":1900,\"version\":1}", 400,
                "id");
        bad("PUT", V1 + "/offcuts/{id}", offcut, sales, "{\"lengthMm\":1900,\"version\":" + rack.version() + "}",
                403, null);
        bad("POST", V1 + "/offcuts/{id}/discard", offcut + "/discard", production, "{}", 400, "version");
        bad("POST", V1 + "/offcuts/{id}/discard", offcut + "/discard", production,
                "{\"version\":" + (rack.version() + 1) + "}", 409, null);
        bad("POST", V1 + "/offcuts/{id}/discard", V1 + "/offcuts/999999/discard", production, "{\"version\":1}", 404,
                null);

        bad("GET", V1 + "/quotes", V1 + "/quotes?page=0", sales, null, 400, "page");
        bad("GET", V1 + "/quotes", V1 + "/quotes?size=1000", sales, null, 400, "size");
        bad("GET", V1 + "/quotes", V1 + "/quotes?page=two", sales, null, 400, "page");
        bad("GET", V1 + "/quotes", V1 + "/quotes?status=OPEN", sales, null, 400, "status");
        bad("GET", V1 + "/quotes", V1 + "/quotes?sort=price", sales, null, 400, "sort");
        bad("GET", V1 + "/quotes", V1 + "/quotes?createdFrom=yesterday", sales, null, 400, "createdFrom");
        bad("GET", V1 + "/quotes", V1 + "/quotes?customerId=42", sales, null, 400, "customerId");
        bad("GET", V1 + "/customers", V1 + "/customers?size=-1", sales, null, 400, "size");
        bad("GET", V1 + "/materials", V1 + "/materials?category=WOOD", sales, null, 400, "category");
        bad("GET", V1 + "/materials", V1 + "/materials?active=maybe", sales, null, 400, "active");
        bad("GET", V1 + "/work-orders", V1 + "/work-orders?priority=ASAP", sales, null, 400, "priority");
        bad("GET", V1 + "/stats/quotes", V1 + "/stats/quotes?scope=team", sales, null, 400, "scope");
        bad("GET", V1 + "/stats/quotes", V1 + "/stats/quotes?from=2026-13-01", sales, null, 400, "from");
        bad("GET", V1 + "/quotes/{id}/pdf", draft + "/pdf?revision=first", sales, null, 400, "revision");
        bad("GET", V1 + "/quotes/{id}/pdf", sent + "/pdf?revision=7", sales, null, 404, null);
        bad("GET", "unknown", V1 + "/nothing-here", sales, null, 404, null);
        bad("DELETE", "wrong method", V1 + "/quotes", sales, null, 405, null);
    }

    private static void bad(String method, String template, String path, User user, String body, int status,
            String field) {
        CASES.add(new Case(method, template, path, user, body, body == null ? null : HttpApi.JSON, Map.of(), status,
                field));
    }

    private static void badWithHeader(String method, String template, String path, User user, String body,
            Map<String, String> headers, int status, String field) {
        CASES.add(new Case(method, template, path, user, body, HttpApi.JSON, headers, status, field));
    }

    private static void badContentType(String method, String template, String path, User user, String body) {
        CASES.add(new Case(method, template, path, user, body, "text/plain", Map.of(), 415, null));
    }

    private static void badCsv(String path, User user, String body, int status, String field) {
        CASES.add(new Case("POST", path, path, user, body, "text/csv", Map.of(), status, field));
    }

    record Case(String method, String template, String path, User user, String body, String contentType,
            Map<String, String> headers, int status, String field) {
        @Override
        public String toString() {
            String shown = body == null ? "" : " " + (body.length() > 80 ? body.substring(0, 80) + "..." : body);
            return method + " " + path + shown + " -> " + status + (field == null ? "" : " " + field);
        }
    }
}
