package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.in.LoginResult;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.Product;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue, a material and a product over real HTTP for a browser that asks for Spanish ({@code
 * Accept-Language: es}) and for one that asks for English: the page's language, its headings, labels and
 * buttons, and the catalogue's names for categories, units, window types and BOM scopes in that language.
 */
class CatalogPagesInSpanishTest {
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

    @Test
    void theCatalogueSpeaksSpanish() throws Exception {
        Document page = page("/catalog", "es-MX,es;q=0.9");

        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.title()).startsWith("Catálogo");
        assertThat(page.select("h1").text()).isEqualTo("Catálogo");
        assertThat(page.select(".page-head .subtitle").first().text()).isEqualTo("8 materiales · 2 productos");
        assertThat(page.select("#material-list thead").text())
                .isEqualTo("Código Nombre Categoría Unidad Costo unitario Largo de barra Precios por color Activo");
        assertThat(row(page, "#material-list", "CN-SIL")).contains("Consumible", "cartucho", "Sí");
        assertThat(row(page, "#material-list", "PRF-JAMB")).contains("Perfil", "6 m");
        assertThat(row(page, "#material-list", "HW-ROLL")).contains("Herraje", "unidad");
        assertThat(row(page, "#material-list", "GL-CLR6")).contains("Vidrio", "m²");
        assertThat(page.select("#material-list td[data-label='Categoría']")).isNotEmpty();
        assertThat(row(page, "#product-list", "SLD-2L")).contains("Corredera");
        assertThat(page.select("#product-list summary").first().text()).endsWith("líneas");
        assertThat(page.select("#labor-title").text()).isEqualTo("Tarifas de mano de obra");
        assertThat(page.select("#labor-rate-list tbody th").eachText())
                .containsExactly("Fija", "Corredera", "Abatible", "Proyectante", "Oscilobatiente");
        assertThat(page.select("label[for='laborRates.TILT_TURN.ratePerM2']").text())
                .isEqualTo("Oscilobatiente: tarifa por m²");
        assertThat(page.select("#save-labor-rates").text()).isEqualTo("Guardar tarifas de mano de obra");
        assertThat(page.select("#csv-title").text()).isEqualTo("Exportar e importar CSV");
        assertThat(page.select("form[action='/catalog/import'] button").text()).isEqualTo("Importar (todo o nada)");
        assertThat(page.select("nav.actions").attr("aria-label")).isEqualTo("Secciones del catálogo");
        assertThat(page.select("main").text())
                .doesNotContain("Labour", "Materials", "Category", "Casement", "Tilt", "Save");
    }

    @Test
    void theCatalogueStillSpeaksEnglish() throws Exception {
        Document page = page("/catalog", "en-GB,en;q=0.9");

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("Catalogue");
        assertThat(page.select(".page-head .subtitle").first().text()).isEqualTo("8 materials · 2 products");
        assertThat(row(page, "#material-list", "CN-SIL")).contains("Consumable", "cartridge", "Yes");
        assertThat(row(page, "#material-list", "PRF-JAMB")).contains("Profile", "6 m");
        assertThat(row(page, "#material-list", "HW-ROLL")).contains("Hardware", "piece");
        assertThat(row(page, "#product-list", "SLD-2L")).contains("Sliding");
        assertThat(page.select("#labor-rate-list tbody th").eachText())
                .containsExactly("Fixed", "Sliding", "Casement", "Awning", "Tilt and turn");
        assertThat(page.select("#labor-title").text()).isEqualTo("Labour rates");
        assertThat(page.select("main").text()).doesNotContain("Catálogo", "Perfil", "Corredera", "Tarifa");
    }

    @Test
    void aMaterialFormSpeaksSpanishAndEnglish() throws Exception {
        Material seal = server.useCases().catalog().listMaterials(server.adminActor()).stream()
                .filter(m -> m.code().equals("CN-SIL")).findFirst().orElseThrow();
        Document spanish = page("/catalog/materials/" + seal.id(), "es");

        assertThat(spanish.select("html").attr("lang")).isEqualTo("es");
        assertThat(spanish.select("h1").text()).isEqualTo("Material CN-SIL");
        assertThat(spanish.select("label[for='category']").text()).isEqualTo("Categoría");
        assertThat(spanish.select("#category option").eachText())
                .containsExactly("Elegir", "Perfil", "Vidrio", "Herraje", "Consumible");
        assertThat(spanish.select("#category option[selected]").text()).isEqualTo("Consumible");
        assertThat(spanish.select("#unit option").eachText())
                .containsExactly("Elegir", "m", "m²", "unidad", "kg", "litro", "cartucho");
        assertThat(spanish.select("#unit option[selected]").text()).isEqualTo("cartucho");
        assertThat(spanish.select("label[for='stockLengthM']").text()).isEqualTo("Largo de barra (m)");
        assertThat(spanish.select("fieldset legend").text()).isEqualTo("Precios por color de perfil");
        assertThat(spanish.select("#save-material").text()).isEqualTo("Guardar material");
        assertThat(spanish.select("button.danger").attr("data-confirm"))
                .isEqualTo("¿Eliminar este material? Las cotizaciones conservan sus precios.");
        assertThat(spanish.select(".page-head a").text()).isEqualTo("Volver al catálogo");

        Document english = page("/catalog/materials/" + seal.id(), "en");
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("#category option[selected]").text()).isEqualTo("Consumable");
        assertThat(english.select("#unit option[selected]").text()).isEqualTo("cartridge");
        assertThat(english.select("#save-material").text()).isEqualTo("Save material");
        assertThat(english.select("label[for='active']").text()).isEqualTo("Active (offered in quotes)");
    }

    @Test
    void aProductFormSpeaksSpanishAndEnglish() throws Exception {
        Product slider = server.useCases().catalog().getProductByCode(server.adminActor(), "SLD-2L");
        Document spanish = page("/catalog/products/" + slider.id(), "es");

        assertThat(spanish.select("html").attr("lang")).isEqualTo("es");
        assertThat(spanish.select("h1").text()).isEqualTo("Producto SLD-2L");
        assertThat(spanish.select("#category option[selected]").text()).isEqualTo("Ventana");
        assertThat(spanish.select("#windowType option").eachText()).containsExactly("Elegir", "Fija", "Corredera",
                "Abatible", "Proyectante", "Oscilobatiente");
        assertThat(spanish.select("#windowType option[selected]").text()).isEqualTo("Corredera");
        assertThat(spanish.select("label[for='minWidthMm']").text()).isEqualTo("Ancho mínimo (mm)");
        assertThat(spanish.select("[id='bom[0].scope'] option").eachText()).containsExactly("Una vez por ventana",
                "Por cada hoja", "Por cada paño fijo", "Por cada paño", "Por cada parteluz", "Por cada travesaño");
        assertThat(spanish.select("fieldset.bom-line legend").first().text()).isEqualTo("Línea 1");
        assertThat(spanish.select("label[for='bom[0].wasteFactor']").text()).isEqualTo("Factor de desperdicio");
        assertThat(spanish.select("label[for='bom[0].pieces.lengthMm']").text()).isEqualTo("Largo de pieza (mm)");
        assertThat(spanish.select("fieldset > p.hint").first().text()).startsWith("Las fórmulas usan");
        assertThat(spanish.select("fieldset > p.hint").first().select("code").eachText()).contains("quantity");
        assertThat(spanish.select("#save-product").text()).isEqualTo("Guardar producto");

        Document english = page("/catalog/products/" + slider.id(), "en");
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("#windowType option[selected]").text()).isEqualTo("Sliding");
        assertThat(english.select("[id='bom[0].scope'] option").first().text()).isEqualTo("Once per window");
        assertThat(english.select("label[for='minWidthMm']").text()).isEqualTo("Minimum width (mm)");
        assertThat(english.select("fieldset > p.hint").first().text()).startsWith("Formulas use");
        assertThat(english.select("#save-product").text()).isEqualTo("Save product");
    }

    @Test
    void anImportWithoutAFileSaysSoInSpanish() throws Exception {
        HttpResponse<String> refused = post("/catalog/import", "&kind=materials", "es");

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.select(".alert.error").first().text()).isEqualTo("No se importó nada.");
        assertThat(page.select("#file-error").text()).isEqualTo("elige un archivo CSV para importar");
    }

    @Test
    void whatTheCatalogueRefusesIsSaidInSpanish() throws Exception {
        Material jamb = server.useCases().catalog().listMaterials(server.adminActor()).stream()
                .filter(m -> m.code().equals("PRF-JAMB")).findFirst().orElseThrow();

        HttpResponse<String> inUse = post("/catalog/materials/" + jamb.id() + "/delete", "", "es");
        assertThat(inUse.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(inUse.body()).select(".alert.error").first().text())
                .matches("El material PRF-JAMB está en la lista de materiales de (SLD-2L|FIX-1) "
                        + "y no se puede eliminar\\.");

        HttpResponse<String> taken = post("/catalog/materials",
                "&code=PRF-JAMB&name=Otro+perfil&category=PROFILE&unit=M&unitCost=10&active=true", "es");
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(taken.body()).select("#code-error").text())
                .isEqualTo("ya existe un material con el código PRF-JAMB");

        HttpResponse<String> takenInEnglish = post("/catalog/materials",
                "&code=PRF-JAMB&name=Other+profile&category=PROFILE&unit=M&unitCost=10&active=true", "en");
        assertThat(Jsoup.parse(takenInEnglish.body()).select("#code-error").text())
                .isEqualTo("a material with code PRF-JAMB exists");
        assertThat(server.useCases().catalog().listMaterials(server.adminActor())).hasSize(8);
    }

    private static HttpResponse<String> post(String path, String fields, String language) throws IOException,
            InterruptedException {
        String body = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + fields;
        return client.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Cookie", cookie).header("Accept-Language", language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String row(Document page, String table, String code) {
        return page.select(table + " tbody tr").stream().filter(tr -> tr.child(0).text().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + code + " in " + table)).text();
    }

    private static Document page(String path, String language) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Cookie", cookie).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
