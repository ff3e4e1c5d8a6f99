package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI in a real browser, signed out: {@code /api/docs} renders the operations of the server's OpenAPI
 * document, under the server's Content-Security-Policy, with no console error (a CSP violation or a failed load
 * would be one).
 */
class ApiDocsBrowserTest {
    private static PageTestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = new PageTestServer();
        browser = Browser.desktop();
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    @Test
    void theOperationsListRendersUnderTheContentSecurityPolicy() {
        browser.open(server.url("/api/docs"));

        assertThat(browser.find(".opblock-summary-path").getText()).startsWith("/");
        assertThat(browser.findAll(".opblock").size()).isGreaterThan(50);
        assertThat(browser.pageText()).contains("Window Quotation System API", "/health/ready", "/api/v1/quotes");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("api-docs");
    }
}
