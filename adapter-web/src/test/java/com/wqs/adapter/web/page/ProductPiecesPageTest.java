package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.in.LoginResult;
import com.wqs.application.port.in.ProductCommand;
import com.wqs.application.port.in.ProductCommand.BomLineCommand;
import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.BomScope;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.ProductLayout;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.layout.GlassDeduction;
import com.wqs.domain.layout.LayoutNotation;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The product page with BOM lines that give their pieces (count, length, end angles) instead of a formula:
 * saved through a form post, shown back in the form and as {@code 2 × (…) mm, 45°/45°} in the catalogue,
 * bad piece fields named next to the field; typed with the keyboard on a phone.
 */
class ProductPiecesPageTest {
    private static PageTestServer server;
    private static HttpClient client;
    private static String cookie;
    private static String csrf;

    @BeforeAll
    static void start() {
        server = new PageTestServer().withCatalogue();
        LoginResult login = server.useCases().authentication().login(PageTestServer.ADMIN_EMAIL,
                PageTestServer.PASSWORD, "127.0.0.1");
        client = HttpClient.newHttpClient();
        cookie = "wqs_session=" + login.sessionToken();
        csrf = login.csrfToken();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A new sliding window: sash rails in pieces, rollers by formula, and a blank row as the browser posts it. */
    private static Map<String, String> sliderForm(String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("name", "Slider cut in pieces");
        form.put("category", "WINDOW");
        form.put("windowType", "SLIDING");
        form.put("minWidthMm", "800");
        form.put("maxWidthMm", "3000");
        form.put("minHeightMm", "600");
        form.put("maxHeightMm", "2500");
        form.put("active", "true");
        row(form, 0, "PRF-TOP", "EACH_SASH", "", "1.05", "Sash rails", "2", "cell_width_mm - 12", "45", "45");
        row(form, 1, "HW-ROLL", "EACH_SASH", "2", "", "Rollers", "", "", "", "");
        row(form, 2, "", "WINDOW", "", "", "", "", "", "", "");
        return form;
    }

    private static void row(Map<String, String> form, int i, String material, String scope, String formula,
            String waste, String description, String count, String length, String start, String end) {
        String p = "bom[" + i + "].";
        form.put(p + "materialCode", material);
        form.put(p + "scope", scope);
        form.put(p + "formula", formula);
        form.put(p + "wasteFactor", waste);
        form.put(p + "description", description);
        form.put(p + "pieces.count", count);
        form.put(p + "pieces.lengthMm", length);
        form.put(p + "pieces.startAngle", start);
        form.put(p + "pieces.endAngle", end);
    }

    @Test
    void aPiecesLineIsSavedFromTheFormAndShownBack() throws Exception {
        HttpResponse<String> saved = post("/catalog/products", sliderForm("PCS-PAGE"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);

        Product product = server.useCases().catalog().getProductByCode(server.adminActor(), "PCS-PAGE");
        assertThat(product.bom()).hasSize(2);
        BomLine rails = product.bom().get(0);
        assertThat(rails.formula()).isNull();
        assertThat(rails.scope()).isEqualTo(BomScope.EACH_SASH);
        assertThat(rails.wasteFactor()).isEqualByComparingTo("1.05");
        assertThat(rails.pieces().count().source()).isEqualTo("2");
        assertThat(rails.pieces().lengthMm().source()).isEqualTo("cell_width_mm - 12");
        assertThat(rails.pieces().startAngle()).isEqualByComparingTo("45");
        assertThat(rails.pieces().endAngle()).isEqualByComparingTo("45");
        assertThat(product.bom().get(1).hasPieces()).isFalse();
        assertThat(product.bom().get(1).scope()).isEqualTo(BomScope.EACH_SASH);

        Document catalogue = Jsoup.parse(get("/catalog").body());
        assertThat(catalogue.select("#product-list").text()).contains("PRF-TOP = 2 × (cell_width_mm - 12) mm, 45°/45°",
                "HW-ROLL = 2");

        Document edit = Jsoup.parse(get("/catalog/products/" + product.id()).body());
        assertThat(edit.select("[id='bom[0].pieces.count']").val()).isEqualTo("2");
        assertThat(edit.select("[id='bom[0].pieces.lengthMm']").val()).isEqualTo("cell_width_mm - 12");
        assertThat(edit.select("[id='bom[0].pieces.startAngle']").val()).isEqualTo("45");
        assertThat(edit.select("[id='bom[0].pieces.endAngle']").val()).isEqualTo("45");
        assertThat(edit.select("[id='bom[0].formula']").val()).isEmpty();
        assertThat(edit.select("[id='bom[0].scope'] option[selected]").val()).isEqualTo("EACH_SASH");
        assertThat(edit.select("label[for='bom[0].pieces.lengthMm']").text()).isEqualTo("Piece length (mm)");
        assertThat(edit.select("[id='bom[1].pieces.count']").val()).isEmpty();
    }

    @Test
    void badPieceFieldsAreShownNextToTheFieldAndNothingIsSaved() throws Exception {
        Map<String, String> form = sliderForm("PCS-BAD");
        form.put("bom[0].pieces.count", "2 +");
        form.put("bom[0].pieces.startAngle", "200");
        form.put("bom[0].pieces.endAngle", "steep");
        form.put("bom[0].formula", "width_m");
        form.put("bom[1].pieces.lengthMm", "division_length_mm");

        HttpResponse<String> unreadable = post("/catalog/products", form);

        // A number that does not read is reported first, the form kept as typed.
        assertThat(unreadable.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(unreadable.body());
        assertThat(page.select("[id='bom[0].pieces.endAngle-error']").text()).isNotBlank();
        assertThat(page.select("[id='bom[0].pieces.endAngle']").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("[id='bom[0].pieces.endAngle']").val()).isEqualTo("steep");
        assertThat(page.select("[id='bom[0].pieces.count']").val()).isEqualTo("2 +");

        form.put("bom[0].pieces.endAngle", "45");
        HttpResponse<String> refused = post("/catalog/products", form);

        assertThat(refused.statusCode()).isEqualTo(400);
        Document errors = Jsoup.parse(refused.body());
        for (String field : List.of("bom[0].pieces.count", "bom[0].pieces.startAngle", "bom[0].formula",
                "bom[1].pieces.count", "bom[1].pieces.lengthMm", "bom[1].formula")) {
            assertThat(errors.select("[id='" + field + "-error']").text()).as(field).isNotBlank();
            assertThat(errors.select("[id='" + field + "']").attr("aria-invalid")).as(field).isEqualTo("true");
        }
        assertThat(errors.select("[id='bom[0].pieces.startAngle-error']").text()).contains("10", "170");
        assertThat(errors.select("[id='bom[0].formula-error']").text()).contains("must be empty");
        assertThat(errors.select("[id='bom[0].pieces.endAngle']").attr("aria-invalid")).isEmpty();
        assertThat(server.useCases().catalog().listProducts(server.adminActor()))
                .noneMatch(p -> p.code().equals("PCS-BAD"));
    }

    @Test
    void savingTheFormKeepsTheProductsLayout() throws Exception {
        ProductLayout layout = new ProductLayout(LayoutNotation.parse("V[SL,SR]", "layout"), true, 40, 200,
                GlassDeduction.NONE, new GlassDeduction(30, 30));
        Product product = server.useCases().catalog().createProduct(server.adminActor(), new ProductCommand(
                "PCS-LAY", "Slider with a layout", ProductCategory.WINDOW, WindowType.SLIDING, 800, 3000, 600, 2500,
                List.of(new BomLineCommand("HW-ROLL", "2", null, "Rollers", BomScope.EACH_SASH)), layout, true));

        Map<String, String> form = sliderForm("PCS-LAY");
        form.put("version", Long.toString(product.version()));
        HttpResponse<String> saved = post("/catalog/products/" + product.id(), form);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        Product after = server.useCases().catalog().getProductByCode(server.adminActor(), "PCS-LAY");
        assertThat(after.layout()).isEqualTo(layout);
        assertThat(after.bom().get(0).hasPieces()).isTrue();
    }

    @Test
    void aPiecesLineIsTypedWithTheKeyboardOnAPhone() {
        try (Browser browser = Browser.phone()) {
            SignedInBrowser.signIn(browser, server, PageTestServer.ADMIN_EMAIL, "/catalog/products/new");
            browser.find("#code").sendKeys("PCS-PHONE");
            browser.find("#name").sendKeys("Typed on a phone");
            new Select(browser.find("#windowType")).selectByValue("SLIDING");
            for (String[] size : new String[][] {{"minWidthMm", "800"}, {"maxWidthMm", "3000"},
                    {"minHeightMm", "600"}, {"maxHeightMm", "2500"}}) {
                browser.find("#" + size[0]).sendKeys(size[1]);
            }
            new Select(browser.find("[id='bom[0].materialCode']")).selectByValue("PRF-JAMB");
            new Select(browser.find("[id='bom[0].scope']")).selectByValue("EACH_SASH");
            // From the count on, the piece fields follow each other in tab order.
            WebElement count = browser.find("[id='bom[0].pieces.count']");
            count.sendKeys("2", Keys.TAB);
            browser.driver().switchTo().activeElement().sendKeys("cell_height_mm - 12", Keys.TAB);
            browser.driver().switchTo().activeElement().sendKeys("45", Keys.TAB);
            browser.driver().switchTo().activeElement().sendKeys("90");
            assertThat(browser.find("[id='bom[0].pieces.endAngle']").getAttribute("value")).isEqualTo("90");
            assertThat(browser.find("[id='bom[0].pieces.lengthMm']").getAttribute("value"))
                    .isEqualTo("cell_height_mm - 12");

            long overflow = ((Number) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
            assertThat(overflow).as("horizontal overflow of the product form at 390 px").isLessThanOrEqualTo(0);
            browser.screenshot("product-pieces-phone");

            browser.find("[id='bom[0].pieces.endAngle']").sendKeys(Keys.ENTER);
            browser.waitFor(ExpectedConditions.urlContains("/catalog?done=saved"));
            assertThat(browser.text("#product-list")).contains("PCS-PHONE");
            String bom = browser.find("#product-list").getAttribute("textContent").replaceAll("\\s+", " ");
            assertThat(bom).contains("PRF-JAMB = 2 × (cell_height_mm - 12) mm, 45°/90°");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static HttpResponse<String> post(String path, Map<String, String> fields) throws IOException,
            InterruptedException {
        String body = "_csrf=" + encode(csrf) + "&" + fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
