package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workplace's main pages, walked through in English and in Spanish by a browser asking for that
 * language: each page is in the language (its {@code lang} and navigation), has no serious or critical
 * axe-core finding, is valid HTML (Nu Html Checker), and its screenshot is kept under {@code
 * docs/screenshots/<language>/}. On a 360-pixel phone no page scrolls sideways.
 */
class WorkplaceWalkthroughBrowserTest {
    private static PageTestServer server;
    private static SeededWorkplace seeded;

    @BeforeAll
    static void start() {
        server = new PageTestServer().withCatalogue();
        seeded = SeededWorkplace.seed(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en-US, en, Quotes", "'es-MX,es', es, Cotizaciones"})
    void everyMainPageSpeaksTheBrowsersLanguageAndPassesAxeAndTheHtmlChecker(String acceptLanguage, String tag,
            String quotesLink) throws IOException {
        Path html = Files.createDirectories(Path.of("target", "html-check", tag));
        Map<String, List<String>> findings = new TreeMap<>();
        try (Browser browser = new Browser(1280, 900, acceptLanguage)) {
            SignedInBrowser.signIn(browser, server, PageTestServer.ADMIN_EMAIL, "/dashboard");
            for (Map.Entry<String, String> page : pages().entrySet()) {
                String name = page.getKey();
                open(browser, page.getValue());
                assertThat(browser.driver().executeScript("return document.documentElement.lang")).as(name)
                        .isEqualTo(tag);
                if (!page.getValue().startsWith("/p/")) {
                    assertThat(browser.text("nav.site-nav a[href='/quotes']")).as(name).isEqualTo(quotesLink);
                }
                List<String> axe = WebChecks.seriousAccessibilityViolations(browser);
                if (!axe.isEmpty()) {
                    findings.put(name, axe);
                }
                keepScreenshot(browser, tag, name);
                HttpResponse<byte[]> response = SignedInBrowser.get(browser, server, page.getValue(), acceptLanguage);
                assertThat(response.statusCode()).as(name).isEqualTo(200);
                Files.write(html.resolve(name + ".html"), response.body());
            }
        }
        assertThat(findings).as("serious or critical axe-core findings").isEmpty();
        assertThat(WebChecks.htmlErrors(html)).as("Nu Html Checker errors").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-MX,es"})
    void noPageScrollsSidewaysOnA360PixelPhone(String acceptLanguage) {
        Map<String, Object> overflowing = new LinkedHashMap<>();
        try (Browser browser = new Browser(360, 780, acceptLanguage)) {
            SignedInBrowser.signIn(browser, server, PageTestServer.ADMIN_EMAIL, "/dashboard");
            for (Map.Entry<String, String> page : pages().entrySet()) {
                open(browser, page.getValue());
                Object wide = browser.driver().executeScript("""
                        const width = document.documentElement.clientWidth;
                        if (document.documentElement.scrollWidth <= width) return null;
                        return Array.from(document.querySelectorAll('body *'))
                          .filter(el => el.getBoundingClientRect().right > width + 1
                                    && !el.closest('.table-scroll, pre, svg'))
                          .slice(0, 3).map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                                    + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''))
                          .join(', ') || 'the page';
                        """);
                if (wide != null) {
                    overflowing.put(page.getKey(), wide);
                }
            }
        }
        assertThat(overflowing).as("pages wider than a 360 px screen, with their widest elements").isEmpty();
    }

    /** Name (the screenshot's file) → path, for an admin, who may see every page. */
    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", "/dashboard");
        pages.put("production-dashboard", "/dashboard?view=production");
        pages.put("quotes", "/quotes");
        pages.put("quote", "/quotes/" + seeded.sent());
        pages.put("quote-with-options", "/quotes/" + seeded.sentWithOptions());
        pages.put("quote-editor", "/quotes/" + seeded.draftWithOptions() + "/edit");
        pages.put("new-quote", "/quotes/new?customer=" + seeded.customer());
        pages.put("work-orders", "/work-orders");
        pages.put("work-order", "/work-orders/" + seeded.workOrder());
        pages.put("cut-list", "/work-orders/" + seeded.workOrder() + "/cut-list");
        pages.put("offcuts", "/offcuts");
        pages.put("customers", "/customers");
        pages.put("customer", "/customers/" + seeded.customer());
        pages.put("catalog", "/catalog");
        pages.put("material", "/catalog/materials/" + seeded.material());
        pages.put("product", "/catalog/products/" + seeded.product());
        pages.put("users", "/users");
        pages.put("settings", "/settings");
        pages.put("account", "/account");
        pages.put("customer-link", seeded.customerLink().substring(seeded.customerLink().indexOf("/p/")));
        return pages;
    }

    private static void open(Browser browser, String path) {
        browser.open(server.url(path));
        browser.waitFor(driver -> browser.driver().executeScript("return document.readyState === 'complete'"));
    }

    private static void keepScreenshot(Browser browser, String tag, String name) throws IOException {
        Path shot = browser.screenshot(tag + "-" + name);
        Path docs = Path.of("..", "docs", "screenshots", tag);
        if (Files.isDirectory(docs.getParent())) {
            Files.createDirectories(docs);
            Files.copy(shot, docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
