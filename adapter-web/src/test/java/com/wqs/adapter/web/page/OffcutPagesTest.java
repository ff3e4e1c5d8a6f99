package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.service.UseCases;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.testing.CatalogFixtures;
import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.out.OffcutSearch;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The offcut rack page in Chromium: the workshop puts an offcut on it, is told what is wrong with a bad length,
 * corrects it and takes it off again; a work order's cut list is released from its page; sales only read.
 */
class OffcutPagesTest {
    private static final String PRODUCTION_EMAIL = "pat@wqs.example";
    private static final String SALES_EMAIL = "sam@wqs.example";
    private static PageTestServer server;

    @BeforeAll
    static void start() {
        server = new PageTestServer().withCatalogue();
        server.addUser(PRODUCTION_EMAIL, "Pat Production", Role.PRODUCTION);
        server.addUser(SALES_EMAIL, "Sam Sales", Role.SALES);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theWorkshopAddsCorrectsAndDiscardsAnOffcut() {
        try (Browser browser = Browser.desktop()) {
            List<Offcut> before = rack(Offcut.State.AVAILABLE);
            SignedInBrowser.signIn(browser, server, PRODUCTION_EMAIL, "/offcuts");
            assertThat(browser.text("#offcut-summary")).startsWith(before.size() + " offcut(s)");

            new Select(browser.find("#materialCode")).selectByValue("PRF-TOP");
            browser.find("#colour").sendKeys("white");
            browser.find("#lengthMm").sendKeys("long");
            browser.find("#add-offcut-submit").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
            assertThat(browser.text("[data-error-for='lengthMm']")).isNotBlank();
            assertThat(browser.find("#colour").getAttribute("value")).as("kept as typed").isEqualTo("white");
            assertThat(rack(Offcut.State.AVAILABLE)).as("nothing stored").isEqualTo(before);
            assertThat(browser.consoleErrors()).as("only the refused form's status").singleElement().asString()
                    .contains("400");

            browser.find("#lengthMm").clear();
            browser.find("#lengthMm").sendKeys("1800");
            browser.find("#add-offcut-submit").click();
            browser.waitFor(ExpectedConditions.urlContains("done=offcut-added"));
            Offcut offcut = rack(Offcut.State.AVAILABLE).stream().filter(o -> !before.contains(o)).findFirst()
                    .orElseThrow();
            String row = "#offcut-" + offcut.id();
            assertThat(browser.text(row)).contains(offcut.label(), "PRF-TOP", "WHITE", "1800 mm", "Available");

            browser.find(row + " summary").click();
            browser.find("#length-" + offcut.id()).clear();
            browser.find("#length-" + offcut.id()).sendKeys("1750");
            browser.find("#note-" + offcut.id()).sendKeys("rack 3");
            browser.find(row + " form[action='/offcuts/" + offcut.id() + "'] button").click();
            browser.waitFor(ExpectedConditions.urlContains("done=saved"));
            assertThat(browser.text(row)).contains("1750 mm", "rack 3");

            browser.find(row + " summary").click();
            browser.find("#discard-" + offcut.id()).click();
            browser.waitFor(ExpectedConditions.urlContains("done=offcut-discarded"));
            assertThat(browser.findAll(row)).isEmpty();
            new Select(browser.find("#filter-state")).selectByValue("ALL");
            browser.find("form[role=search] button[type=submit]").click();
            browser.waitFor(ExpectedConditions.urlContains("state=ALL"));
            assertThat(browser.text(row)).contains("Discarded");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aCutListIsReleasedFromItsPageAndSalesOnlyReadTheRack() {
        UseCases useCases = server.useCases();
        Actor admin = server.adminActor();
        Customer acme = useCases.customers().create(admin, new CustomerCommand("Acme Homes", null, null, null, null,
                null));
        Quote quote = useCases.createQuote().create(admin, new QuoteCommand(acme.id(),
                CatalogFixtures.workedExampleLines(), RatesCommand.DEFAULTS, null, null));
        useCases.quoteLifecycle().send(admin, quote.id());
        useCases.quoteLifecycle().accept(admin, quote.id());
        WorkOrder order = useCases.convertQuote().convert(admin, quote.id(),
                new WorkOrderDetails(Priority.NORMAL, null, "", ""), null).workOrder();

        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, PRODUCTION_EMAIL, "/work-orders/" + order.id() + "/cut-list");
            assertThat(browser.text("#cut-preview")).contains("not released");
            browser.find("#release-cut-list-submit").click();
            browser.waitFor(ExpectedConditions.urlContains("done=released"));
            assertThat(browser.text("#cut-released")).contains("Released");
            assertThat(browser.findAll("#release-cut-list")).as("released once").isEmpty();
            assertThat(useCases.workOrders().cutList(admin, List.of(order.id()), null).isReleased()).isTrue();
        }
        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, SALES_EMAIL, "/offcuts");
            assertThat(browser.findAll("#add-offcut")).isEmpty();
            assertThat(browser.findAll("details.row-edit")).isEmpty();
            assertThat(browser.findAll("nav.site-nav a[href='/offcuts']")).as("not in sales' navigation").isEmpty();
        }
    }

    private static List<Offcut> rack(Offcut.State state) {
        return server.useCases().offcuts().list(server.adminActor(),
                new OffcutSearch(null, null, false, java.util.EnumSet.of(state)));
    }
}
