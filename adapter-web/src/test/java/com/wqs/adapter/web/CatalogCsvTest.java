package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.DatabaseSnapshot;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue as CSV: exports import back unchanged; an import is all or nothing and names every bad row. */
class CatalogCsvTest {
    private static final String MATERIALS = "/api/v1/catalog/materials.csv";
    private static final String PRODUCTS = "/api/v1/catalog/products.csv";
    private static WebTestServer env;
    private static Credentials admin;

    @BeforeAll
    static void start() {
        env = WebTestServer.start();
        admin = env.bearer(env.admin);
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void anExportImportsBackAsUpdatesThatChangeNoValue() {
        HttpResult materials = env.http.get(MATERIALS, env.bearer(env.sales));
        assertThat(materials.status()).isEqualTo(200);
        assertThat(materials.contentType()).startsWith("text/csv");
        assertThat(materials.header("Content-Disposition")).contains("materials.csv");
        assertThat(materials.text()).startsWith("code,name,category,unit,unitCost,stockLengthM,active,colourCosts\r\n")
                .contains("PRF-TOP,Sliding track profile,PROFILE,M,95.50,6.0,true,WHITE=110.00\r\n")
                .contains("GS-EPDM,EPDM glazing gasket,CONSUMABLE,M,1.2345,,true,\r\n");
        HttpResult products = env.http.get(PRODUCTS, env.bearer(env.sales));
        assertThat(products.text()).contains("SLD-2L,\"Sliding window, 2 leaves\",WINDOW,SLIDING,800,3000,600,2500,true,"
                + "PRF-JAMB,2 * height_m,1.05,Jambs,,false,0,1,0,0,0,0,WINDOW,,,,\r\n");

        String materialsBefore = env.http.get("/api/v1/materials", admin).text();
        String productsBefore = env.http.get("/api/v1/products", admin).text().replaceAll("\"version\":\\d+", "");
        HttpResult reimported = upload(MATERIALS, materials.text());
        assertThat(reimported.status()).as("%s", reimported).isEqualTo(200);
        assertThat(reimported.json().get("created").asInt()).isZero();
        assertThat(reimported.json().get("updated").asInt()).isEqualTo(materials.text().split("\r\n").length - 1);
        HttpResult productsReimported = upload(PRODUCTS, products.text());
        assertThat(productsReimported.status()).as("%s", productsReimported).isEqualTo(200);
        assertThat(productsReimported.json().get("created").asInt()).isZero();

        assertThat(env.http.get("/api/v1/materials", admin).text().replaceAll("\"version\":\\d+", ""))
                .isEqualTo(materialsBefore.replaceAll("\"version\":\\d+", ""));
        assertThat(env.http.get("/api/v1/products", admin).text().replaceAll("\"version\":\\d+", ""))
                .isEqualTo(productsBefore);
    }

    @Test
    void anImportWithBadRowsWritesNothingAndNamesEveryBadRowByItsRowInTheFile() {
        String before = DatabaseSnapshot.of(env.store);
        HttpResult result = upload(MATERIALS, """
                code,name,category,unit,unitCost,stockLengthM,active,colourCosts
                NEW-OK,A good one,HARDWARE,PIECE,1.00,,true,
                NEW-COST,Bad cost,HARDWARE,PIECE,cheap,,true,
                NEW-CAT,Bad category,WOOD,PIECE,1.00,,true,
                ,No code,HARDWARE,PIECE,1.00,,,
                NEW-COL,Bad colours,PROFILE,M,1.00,6,true,WHITE:10
                NEW-OK,Repeated code,HARDWARE,PIECE,1.00,,,
                NEW-LEN,Stock length on pieces,HARDWARE,PIECE,1.00,6.0,,
                """);

        assertThat(result.status()).isEqualTo(400);
        assertThat(fields(result)).containsExactlyInAnyOrder("rows[3].unitCost", "rows[4].category", "rows[5].code",
                "rows[6].colourCosts", "rows[7].code", "rows[8].stockLengthM");
        assertThat(DatabaseSnapshot.of(env.store)).isEqualTo(before);
    }

    @Test
    void rowsRejectedByTheUseCaseAreNamedByTheirRowInTheFileToo() {
        String before = DatabaseSnapshot.of(env.store);
        HttpResult result = upload(PRODUCTS, """
                code,name,category,windowType,minWidthMm,maxWidthMm,minHeightMm,maxHeightMm,active,bomMaterialCode,bomFormula,bomWasteFactor,bomDescription
                P-ONE,First,WINDOW,FIXED,300,2000,300,2000,true,HW-ROLL,2,,
                P-ONE,,,,,,,,,GHOST,1,,
                P-TWO,Second,WINDOW,FIXED,300,2000,300,2000,true,HW-ROLL,2,,
                P-TWO,,,,,,,,,PRF-TOP,width_m,0.5,
                """);

        assertThat(result.status()).isEqualTo(400);
        assertThat(fields(result)).containsExactlyInAnyOrder("rows[3].bomMaterialCode", "rows[5].bomWasteFactor");
        assertThat(DatabaseSnapshot.of(env.store)).isEqualTo(before);
    }

    @Test
    void productRowsMustAgreeOnTheProductsOwnColumns() {
        HttpResult result = upload(PRODUCTS, """
                code,name,category,windowType,minWidthMm,maxWidthMm,minHeightMm,maxHeightMm,bomMaterialCode,bomFormula
                P-X,Window,WINDOW,FIXED,300,2000,300,2000,HW-ROLL,2
                P-X,Window,WINDOW,CASEMENT,300,2000,300,2000,CN-SIL,1
                """);
        assertThat(result.status()).isEqualTo(400);
        assertThat(fields(result)).containsExactly("rows[3].windowType");
    }

    @Test
    void aValidImportCreatesAndUpdatesByCode() {
        HttpResult first = upload(MATERIALS, """
                code,name,category,unit,unitCost
                IMP-A,Hinge,HARDWARE,PIECE,4.25
                """);
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(first.json().get("created").asInt()).isEqualTo(1);
        HttpResult second = upload(MATERIALS, """
                code,name,category,unit,unitCost
                imp-a,Hinge,HARDWARE,PIECE,4.50
                IMP-B,Handle,HARDWARE,PIECE,9.00
                """);
        assertThat(second.status()).as("%s", second).isEqualTo(200);
        assertThat(second.json().get("created").asInt()).isEqualTo(1);
        assertThat(second.json().get("updated").asInt()).isEqualTo(1);
        JsonNode list = env.http.get("/api/v1/materials", admin).json();
        List<String> costs = new ArrayList<>();
        list.forEach(m -> costs.add(m.get("code").asText() + "=" + m.get("unitCost").asText()));
        assertThat(costs).contains("IMP-A=4.50", "IMP-B=9.00");
    }

    private static HttpResult upload(String path, String csv) {
        return env.http.send("POST", path, HttpApi.bytes(csv), "text/csv; charset=utf-8", admin, Map.of());
    }

    private static List<String> fields(HttpResult result) {
        List<String> fields = new ArrayList<>();
        result.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
