package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.ProductCommand;
import com.wqs.application.port.in.ProductCommand.BomLineCommand;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.service.UseCases;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.testing.CatalogFixtures;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The quote page's changes since the last revision and its duplicate button; the customer page's history. */
class QuoteChangesDuplicateAndCustomerHistoryPageTest {
    private static final String SALES_EMAIL = "sam@wqs.example";
    private static PageTestServer server;
    private static UseCases useCases;
    private static Actor sales;
    private static Customer acme;
    private static Customer other;

    @BeforeAll
    static void start() {
        server = new PageTestServer().withCatalogue();
        useCases = server.useCases();
        sales = server.addUser(SALES_EMAIL, "Sam Sales", Role.SALES).asActor();
        acme = useCases.customers().create(sales, new CustomerCommand("Acme Homes", "", "", "", "", ""));
        other = useCases.customers().create(sales, new CustomerCommand("Birch Builders", "", "", "", "", ""));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static QuoteCommand command(Customer customer) {
        return new QuoteCommand(customer.id(), CatalogFixtures.workedExampleLines(), RatesCommand.DEFAULTS, null, "");
    }

    @Test
    void aRevisedQuoteShowsTheChangesSinceTheLastSentRevision() {
        Quote quote = useCases.createQuote().create(sales, command(acme));
        useCases.quoteLifecycle().send(sales, quote.id());
        useCases.quoteLifecycle().revise(sales, quote.id());
        Quote draft = useCases.updateQuote().update(sales, quote.id(), new QuoteCommand(acme.id(),
                List.of(new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 3, null)), RatesCommand.DEFAULTS,
                null, ""));
        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, SALES_EMAIL, "/quotes/" + draft.id());

            assertThat(browser.text("#changes-title")).isEqualTo("Changes since revision 1");
            assertThat(browser.text("#changed-lines")).contains("Changed", "quantity: 2 → 3", "Removed", "CN-SIL");
            assertThat(browser.findAll("#changed-rates")).isEmpty();
            assertThat(browser.text("#rates-effect")).contains("0.00");
            assertThat(browser.text("#catalogue-effect")).contains("0.00");
            assertThat(browser.text("#current-total")).contains("8,064.13");
        }
        Quote first = useCases.createQuote().create(sales, command(acme));
        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, SALES_EMAIL, "/quotes/" + first.id());
            assertThat(browser.findAll("#quote-changes")).isEmpty();
        }
    }

    @Test
    void aQuoteIsDuplicatedForAnotherCustomerAndALineThatNoLongerPricesIsNamed() {
        Quote sent = useCases.quoteLifecycle().send(sales, useCases.createQuote().create(sales, command(acme)).id());
        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, SALES_EMAIL, "/quotes/" + sent.id());
            new Select(browser.find("#duplicate-customer")).selectByVisibleText("Birch Builders");
            browser.find("#duplicate-quote").click();
            browser.waitFor(ExpectedConditions.textToBe(By.id("quote-status"), "Draft"));

            assertThat(browser.driver().getCurrentUrl()).doesNotContain(sent.id().toString()).contains("done=duplicated");
            assertThat(browser.text("#customer-name")).isEqualTo("Birch Builders");
            assertThat(browser.pageText()).contains("priced at today's catalogue");
        }

        Quote window = useCases.createQuote().create(sales, new QuoteCommand(acme.id(), List.of(
                new WindowLine("FIX-1", "GL-CLR6", null, 1000, 1000, 1, null)), RatesCommand.DEFAULTS, null, ""));
        Product fixed = useCases.catalog().getProductByCode(server.adminActor(), "FIX-1");
        useCases.catalog().updateProduct(server.adminActor(), fixed.id(), new ProductCommand(fixed.code(),
                fixed.name(), fixed.category(), fixed.windowType(), fixed.minWidthMm(), fixed.maxWidthMm(),
                fixed.minHeightMm(), fixed.maxHeightMm(), fixed.bom().stream().map(b -> new BomLineCommand(
                        b.materialCode(), b.formula().source(), b.wasteFactor(), b.description())).toList(), false),
                fixed.version());
        long before = quoteCount();
        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, SALES_EMAIL, "/quotes/" + window.id());
            browser.find("#duplicate-quote").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
            assertThat(browser.text("#form-errors")).contains("Line 1, product", "FIX-1", "inactive");
        }
        assertThat(quoteCount()).isEqualTo(before);
    }

    @Test
    void theCustomerPageShowsTheHistoryAndStartsAQuoteForTheCustomer() {
        Customer customer = useCases.customers().create(sales, new CustomerCommand("Cedar Homes", "", "", "", "",
                ""));
        Quote won = useCases.createQuote().create(sales, command(customer));
        useCases.quoteLifecycle().send(sales, won.id());
        useCases.quoteLifecycle().accept(sales, won.id());
        Quote lost = useCases.createQuote().create(sales, command(customer));
        useCases.quoteLifecycle().send(sales, lost.id());
        useCases.quoteLifecycle().reject(sales, lost.id(), "too dear");
        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, SALES_EMAIL, "/customers/" + customer.id());

            assertThat(browser.text("#history-quote-count")).isEqualTo("2");
            assertThat(browser.text("#history-win-rate")).contains("50");
            // The worked example's lines at the default rates (no discount): 3550.40 × 1.4 × 1.16.
            assertThat(browser.text("#history-accepted-value")).contains("5,765.85");
            assertThat(browser.text("#history-quotes")).contains(won.number(), lost.number(), "Accepted", "Rejected");
            assertThat(browser.text("#history-last-contact")).isNotEqualTo("—");

            browser.find("a[href='/quotes/new?customer=" + customer.id() + "']").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("customerId")));
            assertThat(new Select(browser.find("#customerId")).getFirstSelectedOption().getText())
                    .isEqualTo("Cedar Homes");
        }
    }

    private static long quoteCount() {
        return useCases.findQuotes().list(server.adminActor(), QuoteSearch.all(), PageRequest.FIRST).total();
    }
}
