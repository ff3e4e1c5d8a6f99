package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole working day in a real browser: sign in, create a customer from the quote editor, build a
 * quote of two windows and a material while the total updates live, send it, accept it, convert it
 * to a work order, take the work order to DELIVERED, and see it all on the dashboard.
 */
class QuoteToDeliveryScenarioTest {
    private static PageTestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = new PageTestServer().withCatalogue();
        browser = Browser.desktop();
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    @Test
    void fromAnEmptyEditorToADeliveredWorkOrder() throws IOException {
        SignedInBrowser.signIn(browser, server, PageTestServer.ADMIN_EMAIL, "/quotes/new");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/quotes/new");
        DisplayFormat format = new DisplayFormat(server.useCases().settings().get(server.adminActor()));

        createCustomerInline("Harbour View Apartments");
        assertThat(new Select(browser.find("#customerId")).getFirstSelectedOption().getText())
                .isEqualTo("Harbour View Apartments");

        List<QuoteLine> lines = new ArrayList<>();
        addWindow(0, "SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2);
        lines.add(new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, ""));
        String afterFirst = waitForTotal(format, lines, null);

        addWindow(1, "FIX-1", "GL-LOWE6", "", 1000, 800, 1);
        lines.add(new WindowLine("FIX-1", "GL-LOWE6", null, 1000, 800, 1, ""));
        String afterSecond = waitForTotal(format, lines, null);

        browser.find("#add-material").click();
        new Select(browser.find("[id='lines[2].materialCode']")).selectByValue("CN-SIL");
        replace(browser.find("[id='lines[2].quantity']"), "3");
        lines.add(new MaterialLine("CN-SIL", new BigDecimal("3"), ""));
        String afterMaterial = waitForTotal(format, lines, null);

        replace(browser.find("[id='rates.discountRate']"), "5");
        String discounted = waitForTotal(format, lines, new BigDecimal("0.05"));

        assertThat(List.of(afterFirst, afterSecond, afterMaterial, discounted)).doesNotHaveDuplicates();
        assertThat(browser.find("[id='lines[0]'] [data-line-price], [data-line] [data-line-price]").getText())
                .startsWith("$");
        browser.screenshot("quote-editor");

        browser.find("#save-quote").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("quote-status")));
        assertThat(browser.text("#quote-status")).isEqualTo("Draft");
        assertThat(browser.text("#quote-total")).isEqualTo(discounted);
        assertThat(browser.text("#customer-name")).isEqualTo("Harbour View Apartments");
        assertThat(browser.findAll("#quote-lines tbody tr")).hasSize(3);
        String number = browser.text("h1").split(" ")[1];
        assertThat(number).matches("Q-\\d{4}-\\d{5}");

        clickAndWait("#send-quote", "Sent");
        assertThat(browser.pageText()).contains("this revision is frozen");
        String pdfPath = browser.find("#pdf-link").getAttribute("href").replaceFirst("^https?://[^/]+", "");
        HttpResponse<byte[]> pdf = SignedInBrowser.get(browser, server, pdfPath);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).contains(number, "Harbour View Apartments", "SLD-2L", "FIX-1", "CN-SIL", discounted);
        }

        browser.screenshot("quote-view");
        clickAndWait("#accept-quote", "Accepted");

        new Select(browser.find("#priority")).selectByValue("HIGH");
        browser.find("#productionNotes").sendKeys("Measure the opening again before cutting.");
        browser.find("#convert-quote").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("work-order-status")));
        assertThat(browser.text("#work-order-status")).isEqualTo("Pending");
        assertThat(browser.pageText()).contains("The work order was created", number, "Harbour View Apartments",
                "Measure the opening again before cutting.");
        assertThat(browser.findAll("#glass-panes tbody tr")).hasSize(2);
        assertThat(browser.text("#glass-panes")).contains("1500 × 1200 mm", "1000 × 800 mm");
        assertThat(browser.text("#profiles")).contains("PRF-TOP", "× 6 m");

        for (String next : List.of("MATERIALS_ORDERED", "MATERIALS_RECEIVED", "IN_PRODUCTION", "QUALITY_CHECK",
                "READY_FOR_DELIVERY", "DELIVERED")) {
            browser.find("#to-" + next).click();
            browser.waitFor(ExpectedConditions.textToBe(By.id("work-order-status"), PageShell.label(
                    com.wqs.domain.workorder.WorkOrderStatus.valueOf(next))));
        }
        assertThat(browser.findAll("#work-order-history li")).hasSize(7);
        assertThat(browser.findAll("[id^='to-']")).isEmpty();
        browser.screenshot("work-order");

        // The production sheet is the page printed: no navigation or forms, a sheet title instead.
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.find("header.site-header").isDisplayed()).isFalse();
        assertThat(browser.find("#print-sheet").isDisplayed()).isFalse();
        assertThat(browser.find(".print-only").isDisplayed()).isTrue();
        assertThat(browser.find("#glass-panes").isDisplayed()).isTrue();
        browser.screenshot("work-order-print");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        browser.open(server.url("/dashboard"));
        assertThat(browser.text("#kpi-total .value")).isEqualTo("1");
        assertThat(browser.text("#quotes-by-status [data-status='CONVERTED'] .count")).isEqualTo("1");
        assertThat(browser.text("#quotes-by-status [data-status='CONVERTED'] .value")).isEqualTo(discounted);
        assertThat(browser.text("#quotes-by-status [data-status='DRAFT'] .count")).isEqualTo("0");
        assertThat(browser.text("#kpi-win-rate .value")).isEqualTo("100 %");
        assertThat(browser.text("#work-orders-by-status [data-status='DELIVERED'] .num")).isEqualTo("1");
        assertThat(browser.text("#recent-quotes")).contains(number, "Harbour View Apartments", discounted);
        browser.screenshot("dashboard");

        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static void createCustomerInline(String name) {
        browser.find("#new-customer-toggle").click();
        browser.find("[id='newCustomer.name']").sendKeys(name);
        browser.find("[id='newCustomer.email']").sendKeys("office@harbour.example");
        browser.find("#new-customer-save").click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("new-customer")));
    }

    private static void addWindow(int index, String product, String glass, String colour, int width, int height,
            int quantity) {
        browser.find("#add-window").click();
        String p = "lines[" + index + "].";
        new Select(browser.find("[id='" + p + "productCode']")).selectByValue(product);
        new Select(browser.find("[id='" + p + "glassCode']")).selectByValue(glass);
        new Select(browser.find("[id='" + p + "colour']")).selectByValue(colour);
        browser.find("[id='" + p + "widthMm']").sendKeys(Integer.toString(width));
        browser.find("[id='" + p + "heightMm']").sendKeys(Integer.toString(height));
        replace(browser.find("[id='" + p + "quantity']"), Integer.toString(quantity));
    }

    /** Waits until the live total shows what the pricing use case computes for these lines. */
    private static String waitForTotal(DisplayFormat format, List<QuoteLine> lines, BigDecimal discount) {
        QuotePricing expected = server.useCases().priceQuote().price(server.adminActor(), lines,
                new RatesCommand(null, null, discount, null, null, null));
        String total = format.money(expected.total());
        browser.waitFor(ExpectedConditions.textToBe(By.id("live-total"), total));
        return total;
    }

    private static void clickAndWait(String button, String status) {
        browser.find(button).click();
        browser.waitFor(ExpectedConditions.textToBe(By.id("quote-status"), status));
    }

    private static void replace(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }
}
