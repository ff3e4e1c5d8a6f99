package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page answers 200 to each role allowed to see it, and renders in Chromium without a single
 * console error (script errors, CSP violations and failed loads are all logged there), with a label
 * for every field, a maxlength on every text field and no id used twice.
 */
class EveryPageTest {
    private static final String SALES_EMAIL = SeededWorkplace.SALES_EMAIL;
    private static final String PRODUCTION_EMAIL = SeededWorkplace.PRODUCTION_EMAIL;

    private static final String UNLABELLED_FIELDS = "return Array.from(document.querySelectorAll("
            + "'input:not([type=hidden]), select, textarea'))"
            + ".filter(el => el.labels.length === 0 && !el.getAttribute('aria-label'))"
            + ".map(el => el.name || el.id || el.outerHTML);";
    /** Text inputs and text areas without a {@code maxlength} (the limits come from the core's TextLimits). */
    private static final String UNBOUNDED_FIELDS = "return Array.from(document.querySelectorAll('textarea, input'))"
            + ".filter(el => el.tagName === 'TEXTAREA' || ['text', 'search', 'email', 'password', 'tel', 'url']"
            + ".includes(el.type)).filter(el => !(el.maxLength > 0))"
            + ".map(el => el.name || el.id || el.outerHTML);";
    private static final String DUPLICATE_IDS = "const ids = Array.from(document.querySelectorAll('[id]'), el => el.id);"
            + "return ids.filter((id, i) => ids.indexOf(id) !== i);";

    private static PageTestServer server;
    private static String draft;
    private static String sent;
    private static String draftWithOptions;
    private static String sentWithOptions;
    private static String revised;
    private static String converted;
    private static String workOrder;
    private static String customer;
    private static String material;
    private static String product;
    private static String customerLink;

    @BeforeAll
    static void start() {
        server = new PageTestServer().withCatalogue();
        SeededWorkplace seeded = SeededWorkplace.seed(server);
        draft = seeded.draft();
        sent = seeded.sent();
        draftWithOptions = seeded.draftWithOptions();
        sentWithOptions = seeded.sentWithOptions();
        revised = seeded.revised();
        converted = seeded.converted();
        workOrder = seeded.workOrder();
        customer = seeded.customer();
        material = seeded.material();
        product = seeded.product();
        customerLink = seeded.customerLink();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyPageOpensForAnAdmin() {
        List<String> pages = new ArrayList<>(salesPages());
        pages.addAll(List.of(customerLink, "/dashboard?scope=all", "/dashboard?scope=me", "/dashboard?view=production", "/quotes?mine=1", "/catalog/materials/new",
                "/catalog/materials/" + material, "/catalog/products/new", "/catalog/products/" + product, "/users",
                "/settings", "/account"));
        assertEveryPageOpens(PageTestServer.ADMIN_EMAIL, pages);
    }

    @Test
    void everyPageOpensForTheSalesUserWhoOwnsTheQuotes() {
        assertEveryPageOpens(SALES_EMAIL, salesPages());
    }

    @Test
    void everyPageOpensForProduction() {
        assertEveryPageOpens(PRODUCTION_EMAIL, List.of("/dashboard", "/quotes", "/quotes/" + sent,
                "/quotes/" + converted, "/work-orders", "/work-orders?priority=HIGH", "/work-orders/" + workOrder,
                "/work-orders/" + workOrder + "/cut-list", "/work-orders/" + workOrder + "/cut-list?kerfMm=3&trimMm=5",
                "/cut-lists?workOrders=" + workOrder, "/offcuts", "/offcuts?state=ALL", "/catalog", "/customers",
                "/account"));
    }

    @Test
    void pagesAnotherRoleMayNotSeeAreRefused() {
        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, PRODUCTION_EMAIL, "/dashboard");
            Map<String, Integer> expected = Map.of(
                    "/users", 403,
                    "/quotes/" + draft, 404,
                    "/quotes/" + draft + "/edit", 404,
                    "/quotes/not-a-quote", 404,
                    "/work-orders/00000000-0000-0000-0000-000000000000", 404,
                    "/work-orders/00000000-0000-0000-0000-000000000000/cut-list", 404,
                    "/cut-lists?workOrders=00000000-0000-0000-0000-000000000000", 404);
            expected.forEach((path, status) ->
                    assertThat(SignedInBrowser.get(browser, server, path).statusCode()).as(path).isEqualTo(status));
        }
    }

    /** Guards the checks above: the console log does reach the test. */
    @Test
    void theConsoleCheckSeesAnError() {
        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, PageTestServer.ADMIN_EMAIL, "/dashboard");
            browser.driver().executeScript("console.error('deliberate error for the test')");
            assertThat(browser.consoleErrors()).anySatisfy(message -> assertThat(message).contains("deliberate"));
        }
    }

    private static List<String> salesPages() {
        return List.of("/dashboard", "/dashboard?from=2020-01-01&to=2030-12-31", "/dashboard?view=production", "/quotes",
                "/quotes?status=SENT&sort=TOTAL_DESC&q=acme&from=2020-01-01&to=2030-12-31&customer=" + customer,
                "/quotes/new", "/quotes/new?customer=" + customer, "/quotes/" + draft, "/quotes/" + draft + "/edit",
                "/quotes/" + sent, "/quotes/" + revised, "/quotes/" + converted, "/quotes/" + draftWithOptions + "/edit",
                "/quotes/" + sentWithOptions, "/work-orders", "/work-orders?status=PENDING",
                "/work-orders/" + workOrder, "/work-orders/" + workOrder + "/cut-list", "/customers", "/customers?q=acme",
                "/customers/new",
                "/customers/" + customer, "/catalog", "/offcuts");
    }

    private static void assertEveryPageOpens(String email, List<String> pages) {
        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, email, "/dashboard");
            for (String page : pages) {
                HttpResponse<byte[]> response = SignedInBrowser.get(browser, server, page);
                assertThat(response.statusCode()).as("GET " + page + " as " + email).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/html"));
                browser.open(server.url(page));
                // Lets the editor's pricing request on load finish before reading the console.
                browser.waitFor(driver -> browser.driver().executeScript(
                        "return document.readyState === 'complete'"));
                assertThat(browser.findAll("main h1")).as(page).hasSize(1);
                assertThat(browser.driver().executeScript(UNLABELLED_FIELDS)).as("fields without a label on " + page)
                        .asList().isEmpty();
                assertThat(browser.driver().executeScript(UNBOUNDED_FIELDS)).as("text fields without maxlength on "
                        + page).asList().isEmpty();
                assertThat(browser.driver().executeScript(DUPLICATE_IDS)).as("ids used twice on " + page)
                        .asList().isEmpty();
                assertThat(browser.consoleErrors()).as("console of " + page + " as " + email).isEmpty();
            }
        }
    }
}
