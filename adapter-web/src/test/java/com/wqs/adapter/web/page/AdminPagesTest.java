package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.cutting.CuttingSettings;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The ADMIN's pages: catalogue with formula checks, labour rates, CSV round trip, users, settings. */
class AdminPagesTest {
    private static PageTestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = new PageTestServer().withCatalogue();
        browser = Browser.desktop();
        SignedInBrowser.signIn(browser, server, PageTestServer.ADMIN_EMAIL, "/catalog");
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    @Test
    void aBadFormulaIsShownNextToItsBomLineAndTheProductIsUnchanged() {
        browser.open(server.url("/catalog"));
        browser.find("#product-list a[href*='/catalog/products/']").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("bom-lines")));
        String code = browser.find("#code").getAttribute("value");
        browser.find("[id='bom[0].formula']").clear();
        browser.find("[id='bom[0].formula']").sendKeys("width_m * depth_m");
        browser.find("#save-product").click();

        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
        assertThat(browser.text("[id='bom[0].formula-error']")).contains("depth_m");
        assertThat(browser.find("[id='bom[0].formula']").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(server.useCases().catalog().getProductByCode(server.adminActor(), code).bom().get(0).formula()
                .source()).isNotEqualTo("width_m * depth_m");
    }

    @Test
    void aNewMaterialWithAColourPriceIsListed() {
        browser.open(server.url("/catalog/materials/new"));
        browser.find("#code").sendKeys("PRF-SILL");
        browser.find("#name").sendKeys("Sill profile");
        new Select(browser.find("#category")).selectByValue("PROFILE");
        new Select(browser.find("#unit")).selectByValue("M");
        browser.find("#unitCost").sendKeys("42.5");
        browser.find("#stockLengthM").sendKeys("6");
        browser.find("[id='colours[0].colour']").sendKeys("ANTHRACITE");
        browser.find("[id='colours[0].cost']").sendKeys("51.25");
        browser.find("#save-material").click();

        browser.waitFor(ExpectedConditions.urlContains("/catalog?done=saved"));
        assertThat(browser.text("#material-list")).contains("PRF-SILL", "Sill profile", "ANTHRACITE 51.25");
    }

    @Test
    void labourRatesAreSavedForEveryTypeTogether() {
        browser.open(server.url("/catalog#labor-rates"));
        browser.find("[id='laborRates.CASEMENT.ratePerM2']").sendKeys("72.50");
        browser.find("[id='laborRates.CASEMENT.complexity']").sendKeys("-1");
        browser.find("#save-labor-rates").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
        assertThat(browser.text("[id='laborRates.CASEMENT.complexity-error']")).isNotBlank();
        assertThat(server.useCases().catalog().listLaborRates(server.adminActor()))
                .noneMatch(rate -> rate.windowType() == WindowType.CASEMENT);

        browser.find("[id='laborRates.CASEMENT.complexity']").clear();
        browser.find("[id='laborRates.CASEMENT.complexity']").sendKeys("1.3");
        browser.find("#save-labor-rates").click();
        browser.waitFor(ExpectedConditions.urlContains("done=saved"));
        assertThat(server.useCases().catalog().listLaborRates(server.adminActor()))
                .contains(new LaborRate(WindowType.CASEMENT, new BigDecimal("72.50"), new BigDecimal("1.3")));
    }

    @Test
    void theExportedCatalogueImportsBackThroughThePage() throws IOException {
        HttpResponse<byte[]> export = SignedInBrowser.get(browser, server, "/api/v1/catalog/materials.csv");
        assertThat(export.statusCode()).isEqualTo(200);
        Path file = Files.createTempFile("materials", ".csv");
        Files.write(file, export.body());
        assertThat(new String(export.body(), StandardCharsets.UTF_8)).contains("PRF-TOP");

        browser.open(server.url("/catalog#import"));
        new Select(browser.find("#kind")).selectByValue("materials");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.find("form[action='/catalog/import'] button").click();
        browser.waitFor(ExpectedConditions.urlContains("done=imported"));
        assertThat(browser.pageText()).contains("The catalogue was imported.");
        Files.delete(file);
    }

    @Test
    void anAdminAddsAUserWhoAppearsInTheList() {
        browser.open(server.url("/users"));
        browser.find("#fullName").sendKeys("Paula Producción");
        browser.find("#email").sendKeys("paula@wqs.example");
        new Select(browser.find("#role")).selectByValue("PRODUCTION");
        // long enough for the browser's minlength, refused by the server as a common breached password
        browser.find("#password").sendKeys("password");
        browser.find("#add-user").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
        assertThat(browser.text("#password-error")).contains("most common passwords");
        assertThat(browser.find("#fullName").getAttribute("value")).isEqualTo("Paula Producción");

        browser.find("#password").clear();
        browser.find("#password").sendKeys("a much longer password");
        browser.find("#add-user").click();
        browser.waitFor(ExpectedConditions.urlContains("done=created"));
        assertThat(browser.text("#user-list")).contains("Paula Producción", "paula@wqs.example");
    }

    @Test
    void settingsChangeHowMoneyAndDatesAreShownAndCarryTheLogo() throws IOException {
        Path logo = Files.createTempFile("logo", ".png");
        BufferedImage image = new BufferedImage(60, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, Color.ORANGE.getRGB());
        ImageIO.write(image, "png", logo.toFile());

        browser.open(server.url("/settings"));
        browser.find("#logo").sendKeys(logo.toAbsolutePath().toString());
        replace("#currency", "EUR");
        replace("#locale", "es-ES");
        replace("#zone", "Europe/Madrid");
        replace("#taxRate", "21");
        browser.find("#save-settings").click();
        browser.waitFor(ExpectedConditions.urlContains("done=saved"));
        assertThat(browser.find("img.logo-preview").getAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(server.useCases().settings().get(server.adminActor()).taxRate().percent())
                .isEqualByComparingTo("21");

        browser.open(server.url("/dashboard"));
        // the browser asks for English: English number conventions, the installation's currency
        assertThat(browser.text("#kpi-total .hint")).isEqualTo("worth €0.00");
        assertThat(browser.text(".site-footer")).contains("Europe/Madrid");

        browser.open(server.url("/settings"));
        replace("#zone", "Mars/Olympus");
        browser.find("#save-settings").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
        assertThat(browser.text("#zone-error")).contains("not a known time zone");

        replace("#currency", "USD");
        replace("#locale", "en-US");
        replace("#zone", "UTC");
        browser.find("#save-settings").click();
        browser.waitFor(ExpectedConditions.urlContains("done=saved"));
        Files.delete(logo);
    }

    @Test
    void theSawsSettingsAreEditedOnTheSettingsPageAndBadOnesNamed() {
        browser.open(server.url("/settings"));
        assertThat(browser.find("#kerfMm").getAttribute("value")).isEqualTo("4");
        replace("#kerfMm", "-2");
        replace("#minOffcutMm", "many");
        browser.find("#save-settings").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
        assertThat(browser.find("[data-error-for='cutting.kerfMm']").getText()).contains("between 0 and 20");
        assertThat(browser.find("[data-error-for='cutting.minOffcutMm']").getText()).isNotBlank();
        assertThat(server.useCases().settings().get(server.adminActor()).cutting()).isEqualTo(CuttingSettings.DEFAULTS);

        replace("#kerfMm", "3");
        replace("#minOffcutMm", "600");
        browser.find("#save-settings").click();
        browser.waitFor(ExpectedConditions.urlContains("done=saved"));
        assertThat(server.useCases().settings().get(server.adminActor()).cutting())
                .isEqualTo(new CuttingSettings(3, 10, 0, 600));
        replace("#kerfMm", "4");
        replace("#minOffcutMm", "500");
        browser.find("#save-settings").click();
        browser.waitFor(ExpectedConditions.urlContains("done=saved"));
    }

    private static void replace(String css, String value) {
        browser.find(css).clear();
        browser.find(css).sendKeys(value);
    }
}
