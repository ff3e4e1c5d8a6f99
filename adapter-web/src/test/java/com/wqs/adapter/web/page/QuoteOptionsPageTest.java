package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.testing.CatalogFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Optional lines and alternatives in the browser: the editor marks a line optional and the server's
 * live pricing leaves it out of the total; the quote page shows how each line counts and records the
 * customer's choice on a sent quote.
 */
class QuoteOptionsPageTest {
    private static final String EMAIL = "opal@wqs.example";
    private static PageTestServer server;
    private static Actor sales;
    private static Customer customer;

    @BeforeAll
    static void start() {
        server = new PageTestServer().withCatalogue();
        sales = server.addUser(EMAIL, "Opal Options", Role.SALES).asActor();
        customer = server.useCases().customers().create(sales, new CustomerCommand("Acme Homes", "", "", "", "", ""));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Quote create(List<QuoteLine> lines) {
        return server.useCases().createQuote().create(sales, new QuoteCommand(customer.id(), lines,
                RatesCommand.DEFAULTS, null, ""));
    }

    @Test
    void theEditorMarksALineOptionalAndTheServersPricingLeavesItOut() {
        Quote draft = create(CatalogFixtures.workedExampleLines());
        Quote windowOnly = create(List.of(CatalogFixtures.workedExampleLines().get(0)));
        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, EMAIL, "/quotes/" + draft.id() + "/edit");
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("live-total"),
                    new com.wqs.adapter.web.format.DisplayFormat(server.useCases().settings().get(sales))
                            .money(draft.pricing().total())));

            browser.find("[id='lines[1].optional']").click();

            String windowOnlyTotal = new com.wqs.adapter.web.format.DisplayFormat(
                    server.useCases().settings().get(sales)).money(windowOnly.pricing().total());
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("live-total"), windowOnlyTotal));
            assertThat(browser.findAll("[data-line-price]").get(1).getText()).contains("not included");

            browser.find("#save-quote").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("quote-lines")));
            Quote saved = server.useCases().findQuotes().get(sales, draft.id());
            assertThat(saved.lines()).extracting(QuoteLine::option)
                    .containsExactly(LineOption.REQUIRED, LineOption.optional(false));
            assertThat(saved.pricing().total()).isEqualTo(windowOnly.pricing().total());
            assertThat(browser.text("#quote-lines")).contains("Optional — not included");
            assertThat(browser.text("#quote-total")).isEqualTo(windowOnlyTotal);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theQuotePageShowsTheAlternativesAndRecordsTheCustomersChoice() {
        Quote draft = create(List.of(
                new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, "Clear", null,
                        LineOption.alternative("Glass", true)),
                new WindowLine("SLD-2L", "GL-LOWE6", "WHITE", 1500, 1200, 2, "Low-E", null,
                        LineOption.alternative("Glass", false)),
                new MaterialLine("HW-CLIP", new BigDecimal("10"), "Clips", LineOption.optional(false)),
                new MaterialLine("CN-SIL", new BigDecimal("3"), "Silicone")));
        Quote sent = server.useCases().quoteLifecycle().send(sales, draft.id());
        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, EMAIL, "/quotes/" + sent.id());
            String lines = browser.text("#quote-lines");
            assertThat(lines).contains("Alternative A of Glass (A / B), chosen: A — Clear")
                    .contains("Alternative B of Glass (A / B), chosen: A — Clear — not included")
                    .contains("Optional — not included");
            assertThat(browser.pageText()).contains("The total is that of the chosen lines");

            browser.find("#choose-1").click();
            browser.find("#choose-2").click();
            browser.find("#choose-options").click();
            browser.waitFor(ExpectedConditions.urlContains("done=chosen"));

            Quote chosen = server.useCases().findQuotes().get(sales, sent.id());
            assertThat(chosen.status()).isEqualTo(QuoteStatus.SENT);
            assertThat(chosen.pricing().lines()).extracting(PricedLine::included)
                    .containsExactly(false, true, true, true);
            assertThat(browser.text("#quote-total")).isEqualTo(new com.wqs.adapter.web.format.DisplayFormat(
                    server.useCases().settings().get(sales)).money(chosen.pricing().total()));
            assertThat(browser.text("#quote-lines")).contains("chosen: B — Low-E").contains("Optional — included");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
