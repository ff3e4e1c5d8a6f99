package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.DatabaseSnapshot;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.user.User;
import com.wqs.domain.workorder.WorkOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who sees and changes what, through the API: two SALES users (A and B), one PRODUCTION user and an
 * ADMIN. Nobody reads or changes what they may not, and a refused request changes nothing.
 */
class OwnershipMatrixTest {
    private static WebTestServer env;
    private static User a;
    private static User b;
    private static User production;
    private static User admin;
    private static Quote draftOfA;
    private static Quote draftOfB;
    private static Quote sentOfA;
    private static WorkOrder workOrderOfA;

    @BeforeAll
    static void start() {
        env = WebTestServer.start();
        a = env.sales;
        b = env.otherSales;
        production = env.production;
        admin = env.admin;
        draftOfA = env.draft(a);
        draftOfB = env.draft(b);
        sentOfA = env.sent(a);
        workOrderOfA = env.workOrder(a);
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @TestFactory
    Stream<DynamicTest> reading() {
        List<Object[]> rows = new ArrayList<>();
        String draftA = "/api/v1/quotes/" + draftOfA.id();
        String draftB = "/api/v1/quotes/" + draftOfB.id();
        String sentA = "/api/v1/quotes/" + sentOfA.id();
        String woA = "/api/v1/work-orders/" + workOrderOfA.id();
        //            path                  A    B    PRODUCTION ADMIN
        rows.add(row(draftA,                200, 404, 404, 200));
        rows.add(row(draftB,                404, 200, 404, 200));
        rows.add(row(sentA,                 200, 404, 200, 200));
        rows.add(row(sentA + "/history",    200, 404, 200, 200));
        rows.add(row(sentA + "/pdf",        200, 404, 200, 200));
        rows.add(row(woA,                   200, 404, 200, 200));
        rows.add(row(woA + "/materials",    200, 404, 200, 200));
        rows.add(row(woA + "/history",      200, 404, 200, 200));
        rows.add(row("/api/v1/stats/quotes?scope=all", 403, 403, 403, 200));
        rows.add(row("/api/v1/stats/quotes?scope=me", 200, 200, 200, 200));
        rows.add(row("/api/v1/stats/production", 200, 200, 200, 200));
        rows.add(row("/api/v1/users",       403, 403, 403, 200));
        List<User> users = List.of(a, b, production, admin);
        return rows.stream().flatMap(r -> {
            List<DynamicTest> tests = new ArrayList<>();
            for (int i = 0; i < users.size(); i++) {
                User user = users.get(i);
                int expected = (int) r[i + 1];
                tests.add(DynamicTest.dynamicTest("GET " + r[0] + " as " + user.email() + " -> " + expected, () -> {
                    HttpResult result = env.http.get((String) r[0], env.bearer(user));
                    assertThat(result.status()).as("%s", result).isEqualTo(expected);
                    if (expected == 404) {
                        assertThat(result.text()).doesNotContain("Acme", "Delivery in April");
                    }
                }));
            }
            return tests.stream();
        });
    }

    @Test
    void listsShowOnlyWhatEachUserMaySeeAndFiltersNeverWidenThat() {
        assertThat(quoteIds(a, "")).contains(id(draftOfA), id(sentOfA)).doesNotContain(id(draftOfB));
        assertThat(quoteIds(b, "")).contains(id(draftOfB)).doesNotContain(id(draftOfA), id(sentOfA));
        assertThat(quoteIds(production, "")).contains(id(sentOfA)).doesNotContain(id(draftOfA), id(draftOfB));
        assertThat(quoteIds(admin, "")).contains(id(draftOfA), id(draftOfB), id(sentOfA));
        assertThat(quoteIds(a, "?ownerId=" + b.id())).doesNotContain(id(draftOfB));
        assertThat(quoteIds(production, "?status=DRAFT")).isEmpty();

        assertThat(workOrderIds(a)).contains(workOrderOfA.id().toString());
        assertThat(workOrderIds(b)).doesNotContain(workOrderOfA.id().toString());
        assertThat(workOrderIds(production)).contains(workOrderOfA.id().toString());
    }

    @TestFactory
    Stream<DynamicTest> refusedChangesChangeNothing() {
        String draftA = "/api/v1/quotes/" + draftOfA.id();
        String sentA = "/api/v1/quotes/" + sentOfA.id();
        String woA = "/api/v1/work-orders/" + workOrderOfA.id();
        String quoteBody = Requests.quote(env.customer);
        return Stream.of(
                refused(b, "PUT", draftA, quoteBody, 404),
                refused(b, "POST", draftA + "/send", null, 404),
                refused(b, "POST", draftA + "/cancel", null, 404),
                refused(production, "PUT", draftA, quoteBody, 404),
                refused(b, "POST", sentA + "/accept", null, 404),
                refused(b, "POST", sentA + "/reject", "{\"reason\":\"no\"}", 404),
                refused(production, "POST", sentA + "/accept", null, 403),
                refused(production, "POST", sentA + "/revise", null, 403),
                refused(b, "PUT", woA, "{\"priority\":\"URGENT\"}", 404),
                refused(a, "PUT", woA, "{\"priority\":\"URGENT\"}", 403),
                refused(a, "POST", woA + "/status", "{\"to\":\"MATERIALS_ORDERED\"}", 403),
                refused(b, "POST", woA + "/status", "{\"to\":\"CANCELLED\"}", 404),
                refused(production, "POST", "/api/v1/customers", Requests.customer("Sneaky"), 403),
                refused(a, "POST", "/api/v1/materials", Requests.material("SNEAKY"), 403),
                refused(a, "PATCH", "/api/v1/users/" + a.id(), "{\"role\":\"ADMIN\"}", 403),
                refused(production, "DELETE", "/api/v1/customers/" + env.customer.id(), null, 403));
    }

    @Test
    void theOwnerAndAnAdminMayActOnAQuote() {
        HttpResult byAdmin = env.http.put("/api/v1/quotes/" + draftOfA.id(), Requests.quote(env.customer),
                env.bearer(admin));
        assertThat(byAdmin.status()).isEqualTo(200);
        HttpResult byOwner = env.http.post("/api/v1/quotes/" + env.draft(a).id() + "/send", null, env.bearer(a));
        assertThat(byOwner.status()).isEqualTo(200);
        assertThat(byOwner.json().get("status").asText()).isEqualTo("SENT");
    }

    /** {@code PUT /me/language} has no id to aim elsewhere: it changes the caller's language and nobody else's. */
    @Test
    void choosingALanguageChangesOnlyOnesOwn() {
        HttpResult chosen = env.http.put("/api/v1/me/language", "{\"language\":\"es\"}", env.bearer(b));
        assertThat(chosen.status()).as("%s", chosen).isEqualTo(200);
        assertThat(chosen.json().get("id").asText()).isEqualTo(b.id().toString());
        try {
            assertThat(env.useCases.authentication().me(b.asActor()).language())
                    .isEqualTo(com.wqs.domain.shared.Language.SPANISH);
            for (User other : List.of(a, production, admin)) {
                assertThat(env.useCases.authentication().me(other.asActor()).language()).as(other.email()).isNull();
            }
        } finally {
            env.http.put("/api/v1/me/language", "{\"language\":null}", env.bearer(b));
        }
    }

    private static DynamicTest refused(User user, String method, String path, String body, int status) {
        return DynamicTest.dynamicTest(method + " " + path + " as " + user.email() + " -> " + status, () -> {
            String before = DatabaseSnapshot.of(env.store);
            HttpResult result = env.http.send(method, path, body == null ? null : HttpApi.bytes(body),
                    body == null ? null : HttpApi.JSON, env.bearer(user), Map.of());
            assertThat(result.status()).as("%s", result).isEqualTo(status);
            assertThat(DatabaseSnapshot.of(env.store)).isEqualTo(before);
        });
    }

    private static List<String> quoteIds(User user, String query) {
        return ids(env.http.get("/api/v1/quotes" + query, env.bearer(user)));
    }

    private static List<String> workOrderIds(User user) {
        return ids(env.http.get("/api/v1/work-orders", env.bearer(user)));
    }

    private static List<String> ids(HttpResult page) {
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        JsonNode items = page.json().get("items");
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get("id").asText()).toList();
    }

    private static String id(Quote quote) {
        return quote.id().toString();
    }

    private static Object[] row(String path, int forA, int forB, int forProduction, int forAdmin) {
        return new Object[] {path, forA, forB, forProduction, forAdmin};
    }
}
