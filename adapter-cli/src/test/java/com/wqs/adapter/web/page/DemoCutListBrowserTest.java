package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.cli.Cli;
import com.wqs.adapter.cli.reliability.WqsProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo installation as the workshop sees it: a demo work order's cut list in Chromium, with a bar diagram per
 * profile that matches the saw list, and the printed saw sheet (screen-only controls gone, every cut on paper).
 * Leaves a screenshot in {@code docs/screenshots/cut-list.png}.
 */
class DemoCutListBrowserTest {
    @TempDir
    Path dir;

    @Test
    void aDemoWorkOrdersCutListShowsItsBarsAndPrintsAsASawSheet() throws IOException {
        Path db = dir.resolve("demo.db");
        Cli cli = new Cli(db);
        cli.ok("demo");
        JsonNode order = firstWorkOrderWithProfiles(cli);
        String id = order.get("id").asText();
        String number = order.get("number").asText();
        JsonNode plan = cli.json("workorder", "cutlist", number);
        int profiles = plan.get("profiles").size();
        int bars = 0;
        int cuts = 0;
        for (JsonNode profile : plan.get("profiles")) {
            bars += profile.get("bars").size();
            for (JsonNode bar : profile.get("bars")) {
                cuts += bar.get("cuts").size();
            }
        }

        try (WqsProcess server = WqsProcess.serve("serve", dir, List.of("--db", db.toString()), Map.of());
                Browser browser = Browser.desktop()) {
            String base = "http://127.0.0.1:" + server.port();
            browser.open(base + "/work-orders/" + id + "/cut-list");
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("email")));
            browser.find("#email").sendKeys("production@demo.local");
            browser.find("#password").sendKeys("demo-password");
            browser.find("form[action='/login'] button[type=submit]").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("cut-summary")));

            assertThat(browser.text("h1")).contains(number);
            assertThat(browser.findAll("figure.cut-diagram svg.cut-bars")).hasSize(profiles);
            assertThat(browser.findAll("svg.cut-bars g.piece")).as("one drawn piece per cut").hasSize(cuts);
            assertThat(browser.findAll("table.saw-list tbody tr")).as("one saw-list row per cut").hasSize(cuts);
            assertThat(browser.text("#cut-profiles")).contains(plan.get("profiles").get(0).get("materialCode").asText());
            assertThat(bars).isPositive();
            assertThat(browser.consoleErrors()).isEmpty();

            Path shot = browser.screenshot("cut-list");
            Path docs = Path.of("..", "docs", "screenshots");
            if (Files.isDirectory(docs)) {
                Files.copy(shot, docs.resolve("cut-list.png"), StandardCopyOption.REPLACE_EXISTING);
            }

            // The work order's materials list orders the cut list's bars, beside the bars the quote priced.
            browser.open(base + "/work-orders/" + id);
            assertThat(browser.text("#profiles thead")).contains("Bars priced", "Bars to order (cut list)");
            assertThat(browser.findAll("#profiles a[href='/work-orders/" + id + "/cut-list']")).hasSize(profiles);
            browser.open(base + "/work-orders/" + id + "/cut-list");
            browser.find("#cut-summary");

            // The saw sheet is the page printed: the controls go, the sheet's heading and every cut stay.
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.find(".print-only").isDisplayed()).isTrue();
            assertThat(browser.find("#print-saw-sheet").isDisplayed()).isFalse();
            assertThat(browser.find("header.site-header").isDisplayed()).as("no site navigation on paper").isFalse();
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            Pdf pdf = browser.driver().print(new PrintOptions());
            byte[] bytes = java.util.Base64.getDecoder().decode(pdf.getContent());
            try (PDDocument sheet = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(sheet);
                assertThat(text).contains("Saw sheet", number, "Saw list, in cutting order");
                String firstLabel = plan.get("profiles").get(0).get("bars").get(0).get("cuts").get(0).get("label")
                        .asText();
                assertThat(text.replaceAll("\\s+", " ")).contains(firstLabel);
            }
        }
    }

    private static JsonNode firstWorkOrderWithProfiles(Cli cli) {
        for (JsonNode order : cli.json("workorder", "list", "--size", "50").get("items")) {
            JsonNode plan = cli.json("workorder", "cutlist", order.get("number").asText());
            if (plan.get("profiles").size() > 0) {
                return order;
            }
        }
        throw new AssertionError("no demo work order has profile pieces to cut");
    }
}
