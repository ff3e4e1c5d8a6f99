package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.user.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** The editor draws each window line as the server draws it, live, and its layout controls edit the layout. */
class EditorDrawingTest {
    private static PageTestServer server;

    @BeforeAll
    static void start() {
        server = new PageTestServer().withCatalogue();
        server.addUser("dee@wqs.example", "Dee Drawer", Role.SALES);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void changingTheWidthAndAddingAMullionRedrawsTheWindowAndRepricesIt() throws Exception {
        try (Browser browser = Browser.desktop()) {
            SignedInBrowser.signIn(browser, server, "dee@wqs.example", "/quotes/new");
            browser.find("#add-window").click();
            new Select(browser.find("[id='lines[0].productCode']")).selectByValue("SLD-2L");
            new Select(browser.find("[id='lines[0].glassCode']")).selectByValue("GL-CLR6");
            browser.find("[id='lines[0].widthMm']").sendKeys("1500");
            browser.find("[id='lines[0].heightMm']").sendKeys("1200");

            browser.waitFor(d -> dimension(browser, "dim-width").equals("1500"));
            assertThat(dimension(browser, "dim-height")).isEqualTo("1200");
            String firstPrice = browser.text("[data-line-price]");
            assertThat(firstPrice).isNotBlank();
            int cellsBefore = browser.findAll("[data-line-drawing] .cell-label").size();

            browser.find("[id='lines[0].widthMm']").sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE,
                    Keys.BACK_SPACE, "2000");
            browser.waitFor(d -> dimension(browser, "dim-width").equals("2000"));
            browser.waitFor(d -> !browser.text("[data-line-price]").equals(firstPrice));
            String widerPrice = browser.text("[data-line-price]");

            // The keyboard: choose the last cell, split it with a mullion.
            Select cell = new Select(browser.find("[id='lines[0].layoutCell']"));
            cell.selectByIndex(cell.getOptions().size() - 1);
            browser.find("[data-layout-op='SPLIT_VERTICAL']").sendKeys(Keys.ENTER);
            try {
                browser.waitFor(d -> browser.findAll("[data-line-drawing] .cell-label").size() == cellsBefore + 1);
            } catch (RuntimeException e) {
                throw new AssertionError("status: " + browser.text("#pricing-status") + " | layout error: "
                        + browser.text("[id='lines[0].layout-error']") + " | cells " + cellsBefore + " | "
                        + browser.consoleErrors(), e);
            }
            assertThat(browser.find("[id='lines[0].layout']").getAttribute("value")).startsWith("V");
            assertThat(browser.findAll("[data-line-drawing] rect.mullion")).isNotEmpty();
            assertThat(new Select(browser.find("[id='lines[0].layoutCell']")).getOptions()).hasSize(cellsBefore + 1);
            // Re-priced with the new layout (the fixture's BOM has no division lines, so the amount may stay).
            browser.waitFor(d -> browser.text("#pricing-status").contains("Priced"));
            assertThat(browser.text("[data-line-price]")).isNotBlank();
            assertThat(widerPrice).isNotEqualTo(firstPrice);
            assertThat(browser.find("[data-line-drawing] svg title").getAttribute("textContent"))
                    .startsWith("Window 2000 × 1200 mm:");

            Path shot = browser.screenshot("editor-drawing.png");
            Path docs = Path.of("..", "docs", "screenshots");
            if (Files.isDirectory(docs)) {
                Files.copy(shot, docs.resolve("editor-drawing.png"), StandardCopyOption.REPLACE_EXISTING);
            }
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static String dimension(Browser browser, String kind) {
        var found = browser.driver().findElements(By.cssSelector("[data-line-drawing] ." + kind + " text"));
        return found.isEmpty() ? "" : found.get(0).getAttribute("textContent");
    }

}
