package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.testing.CatalogFixtures;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** What people notice: sign-in and its errors, empty states, messages next to fields, keyboard, phones. */
class PageBehaviourTest {
    private static PageTestServer server;
    private static Actor sales;
    private static Customer customer;

    @BeforeAll
    static void start() {
        server = new PageTestServer().withCatalogue();
        sales = server.addUser("sam@wqs.example", "Sam Sales", Role.SALES).asActor();
        customer = server.useCases().customers().create(sales,
                new CustomerCommand("Acme Homes", "", "", "", "", ""));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void signingInLeadsBackToThePageAskedFor() {
        try (Browser browser = Browser.desktop()) {
            browser.open(server.url("/work-orders"));
            assertThat(browser.driver().getCurrentUrl()).contains("/login?next=");

            browser.find("#email").sendKeys(PageTestServer.ADMIN_EMAIL);
            browser.find("#password").sendKeys("not the password");
            browser.find("form[action='/login'] button").click();
            assertThat(browser.text("#login-error")).contains("The email or password is not right");
            assertThat(browser.find("#email").getAttribute("value")).isEqualTo(PageTestServer.ADMIN_EMAIL);

            browser.find("#password").sendKeys(PageTestServer.PASSWORD);
            browser.find("form[action='/login'] button").click();
            browser.waitFor(ExpectedConditions.urlToBe(server.url("/work-orders")));
            assertThat(browser.text("h1")).isEqualTo("Work orders");

            browser.find("form[action='/logout'] button").click();
            browser.waitFor(ExpectedConditions.urlContains("/login"));
            assertThat(browser.pageText()).contains("You are signed out.");
            browser.open(server.url("/dashboard"));
            assertThat(browser.driver().getCurrentUrl()).contains("/login");
            // The refused sign-in is answered 401, which the browser notes; nothing else may appear.
            assertThat(browser.consoleErrors()).singleElement().satisfies(
                    message -> assertThat(message).contains("/login", "status of 401"));
        }
    }

    @Test
    void aBrandNewUserSeesAnEmptyDashboardNotAnError() {
        server.addUser("new@wqs.example", "Nina New", Role.SALES);
        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, "new@wqs.example", "/dashboard");
            assertThat(browser.text("h1")).isEqualTo("Dashboard");
            assertThat(browser.text("#kpi-total .value")).isEqualTo("0");
            assertThat(browser.text("#kpi-win-rate .value")).isEqualTo("—");
            assertThat(browser.text("#kpi-average .value")).isEqualTo("—");
            assertThat(browser.findAll("#quotes-by-status li")).hasSize(7);
            assertThat(browser.findAll("#work-orders-by-status tbody tr")).hasSize(8);
            assertThat(browser.findAll("#monthly-table tbody tr")).hasSize(12);
            assertThat(browser.pageText()).contains("No quotes yet.", "No sent quote expires in the next 7 days.");
            assertThat(browser.findAll(".scope-switch")).as("only ADMIN switches to everyone").isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aWidthOutsideTheProductsRangeIsShownNextToTheFieldAndNothingIsSaved() {
        Actor newcomer = server.addUser("val@wqs.example", "Val Idation", Role.SALES).asActor();
        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, "val@wqs.example", "/quotes/new");
            new Select(browser.find("#customerId")).selectByVisibleText("Acme Homes");
            browser.find("#add-window").click();
            new Select(browser.find("[id='lines[0].productCode']")).selectByValue("SLD-2L");
            new Select(browser.find("[id='lines[0].glassCode']")).selectByValue("GL-CLR6");
            browser.find("[id='lines[0].widthMm']").sendKeys("4000");
            browser.find("[id='lines[0].heightMm']").sendKeys("1200");

            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("lines[0].widthMm-error"), "must be between 800 and 3000"));
            assertThat(browser.find("[id='lines[0].widthMm']").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.text("#pricing-status")).contains("Correct the highlighted fields");

            browser.find("[id='lines[0].heightMm']").sendKeys("abc");
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("lines[0].heightMm-error"), "must be a whole number"));

            browser.find("#save-quote").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
            assertThat(browser.text("[id='lines[0].heightMm-error']")).isEqualTo("must be a whole number");
            assertThat(browser.find("[id='lines[0].widthMm']").getAttribute("value")).isEqualTo("4000");
            assertThat(server.useCases().findQuotes().list(newcomer, QuoteSearch.all(), PageRequest.FIRST).total())
                    .isZero();

            browser.find("[id='lines[0].heightMm']").clear();
            browser.find("[id='lines[0].heightMm']").sendKeys("1200");
            // The page shows the first refusal's errors: wait for it to go before reading the next answer's.
            WebElement firstAnswer = browser.find("#form-errors");
            browser.find("#save-quote").click();
            browser.waitFor(ExpectedConditions.stalenessOf(firstAnswer));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
            assertThat(browser.text("[id='lines[0].widthMm-error']")).contains("must be between 800 and 3000");
            // The summary names the field for people: its line and its label.
            assertThat(browser.text("#form-errors")).contains("Line 1, width: must be between 800 and 3000");
            assertThat(browser.consoleErrors()).allSatisfy(
                    message -> assertThat(message).contains("the server responded with a status of 400"));
        }
    }

    @Test
    void linesAreAddedAndRemovedWithTheKeyboard() {
        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, "sam@wqs.example", "/quotes/new");
            browser.find("#add-window").sendKeys(Keys.ENTER);
            browser.find("#add-material").sendKeys(Keys.ENTER);
            assertThat(browser.findAll("[data-line]")).hasSize(2);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .isEqualTo("lines[1].materialCode");

            browser.findAll("[data-remove-line]").get(0).sendKeys(Keys.ENTER);
            assertThat(browser.findAll("[data-line]")).hasSize(1);
            assertThat(browser.find("[data-line]").getAttribute("data-type")).isEqualTo("MATERIAL");
            assertThat(browser.findAll("[id='lines[0].materialCode']")).hasSize(1);
            assertThat(browser.text("[data-line-number]")).isEqualTo("1");
            assertThat(browser.consoleErrors()).isEmpty();

            // Enter in a field saves the draft (here refused: no customer); it never removes a line.
            browser.find("[id='lines[0].quantity']").sendKeys("2", Keys.ENTER);
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
            // The live pricing pass that runs on the re-rendered page checks lines and rates only: it
            // must not wipe the server's error on the customer (it did, 300 ms after the page loaded).
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("pricing-status"), "Complete the lines"));
            assertThat(browser.text("#customerId-error")).isEqualTo("is required");
            assertThat(browser.find("#customerId").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.findAll("[data-line]")).hasSize(1);
        }
    }

    @Test
    void rejectingWithoutAReasonSaysWhyNextToTheField() {
        Quote quote = server.useCases().createQuote().create(sales, new QuoteCommand(customer.id(),
                CatalogFixtures.workedExampleLines(), RatesCommand.DEFAULTS, null, ""));
        server.useCases().quoteLifecycle().send(sales, quote.id());
        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, "sam@wqs.example", "/quotes/" + quote.id());
            browser.find("#reject-quote").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
            assertThat(browser.text("[id='reason-error']")).isEqualTo("is required");
            assertThat(browser.text("#quote-status")).isEqualTo("Sent");

            browser.find("#reason").sendKeys("Went with a cheaper offer");
            browser.find("#reject-quote").click();
            browser.waitFor(ExpectedConditions.textToBe(By.id("quote-status"), "Rejected"));
            assertThat(browser.pageText()).contains("Rejected: Went with a cheaper offer");
            assertThat(browser.findAll("#revise-quote")).hasSize(1);
        }
    }

    @Test
    void pagesFitAPhoneScreen() {
        Quote quote = server.useCases().createQuote().create(sales, new QuoteCommand(customer.id(),
                CatalogFixtures.workedExampleLines(), RatesCommand.DEFAULTS, null, ""));
        try (Browser browser = Browser.phone()) {
            SignedInBrowser.signIn(browser, server, "sam@wqs.example", "/dashboard");
            for (String page : List.of("/dashboard", "/quotes", "/quotes/" + quote.id(), "/quotes/" + quote.id() + "/edit",
                    "/work-orders", "/customers", "/catalog")) {
                browser.open(server.url(page));
                long overflow = ((Number) browser.driver().executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
                assertThat(overflow).as("horizontal overflow of " + page + " at 390 px").isLessThanOrEqualTo(0);
            }
            browser.open(server.url("/dashboard"));
            browser.screenshot("dashboard-phone");
            browser.open(server.url("/quotes/" + quote.id() + "/edit"));
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("pricing-status"), "Priced"));
            browser.screenshot("quote-editor-phone");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
