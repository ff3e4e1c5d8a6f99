package com.wqs.adapter.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.DatabaseSnapshot;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * BOM lines that give their pieces (count, length, end angles) instead of a quantity formula, over real
 * HTTP on the SQLite server: JSON round trip, pricing (metres = Σ count × length × waste, then whole bars),
 * bad pieces refused naming the field, and the catalogue CSV's piece columns.
 */
class BomPiecesApiTest {
    private static final String V1 = "/api/v1";
    private static final String PRODUCTS_CSV = V1 + "/catalog/products.csv";
    private static WebTestServer env;
    private static Credentials admin;
    private static Credentials sales;

    @BeforeAll
    static void start() {
        env = WebTestServer.start();
        admin = env.bearer(env.admin);
        sales = env.bearer(env.sales);
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    /** A two-leaf slider; {@code sashRails} and {@code sashStiles} are the two profile lines, per sash. */
    private static String slider(String code, String sashRails, String sashStiles) {
        return """
                {"code":"%s","name":"Slider in pieces","category":"WINDOW","windowType":"SLIDING",
                 "minWidthMm":800,"maxWidthMm":3000,"minHeightMm":600,"maxHeightMm":2500,
                 "bom":[%s,%s,{"materialCode":"HW-ROLL","formula":"2","scope":"EACH_SASH"}],
                 "layout":{"defaultLayout":"V[SL,SR]","minCellMm":200}}""".formatted(code, sashRails, sashStiles);
    }

    private static final String RAILS_IN_PIECES = """
            {"materialCode":"PRF-TOP","wasteFactor":"1.05","description":"Sash rails","scope":"EACH_SASH",
             "pieces":{"count":"2","lengthMm":"cell_width_mm - 12","startAngle":45,"endAngle":45}}""";
    private static final String STILES_IN_PIECES = """
            {"materialCode":"PRF-JAMB","scope":"EACH_SASH","pieces":{"count":"2","lengthMm":"cell_height_mm - 12"}}""";

    private static final String PIECES_OBJECT = "\"pieces\":\\{[^}]*}";

    private static String create(String body) {
        HttpResult created = env.http.post(V1 + "/products", body, admin);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void aPiecesLineIsSavedAndReadBackWithoutAFormula() {
        String id = create(slider("PCS-READ", RAILS_IN_PIECES, STILES_IN_PIECES));

        JsonNode bom = env.http.get(V1 + "/products/" + id, sales).json().get("bom");
        JsonNode rails = bom.get(0);
        assertThat(rails.get("formula").isNull()).isTrue();
        assertThat(rails.get("scope").asText()).isEqualTo("EACH_SASH");
        assertThat(rails.get("wasteFactor").asText()).isEqualTo("1.05");
        assertThat(rails.get("pieces").get("count").asText()).isEqualTo("2");
        assertThat(rails.get("pieces").get("lengthMm").asText()).isEqualTo("cell_width_mm - 12");
        assertThat(rails.get("pieces").get("startAngle").asText()).isEqualTo("45");
        assertThat(rails.get("pieces").get("endAngle").asText()).isEqualTo("45");
        JsonNode stiles = bom.get(1).get("pieces");
        assertThat(stiles.get("startAngle").asText()).as("absent: a square cut").isEqualTo("90");
        assertThat(stiles.get("endAngle").asText()).isEqualTo("90");
        assertThat(bom.get(2).get("formula").asText()).isEqualTo("2");
        assertThat(bom.get(2).get("pieces").isNull()).isTrue();

        // What a client read it can send back as it is (angles as decimal strings).
        JsonNode product = env.http.get(V1 + "/products/" + id, admin).json();
        HttpResult replaced = env.http.put(V1 + "/products/" + id, product.toString(), admin);
        assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
        assertThat(replaced.json().get("bom")).isEqualTo(product.get("bom"));
    }

    @Test
    void aPiecesLineIsPricedAsTheSumOfItsPiecesThenWholeBars() {
        create(slider("PCS-PRICE", RAILS_IN_PIECES, STILES_IN_PIECES));
        create(slider("FRM-PRICE", """
                {"materialCode":"PRF-TOP","formula":"2 * (cell_width_mm - 12) / 1000","wasteFactor":"1.05",
                 "description":"Sash rails","scope":"EACH_SASH"}""", """
                {"materialCode":"PRF-JAMB","formula":"2 * (cell_height_mm - 12) / 1000","scope":"EACH_SASH"}"""));

        JsonNode pieces = price("PCS-PRICE");
        JsonNode formulas = price("FRM-PRICE");

        // 3000 × 1200 in two sashes of 1500 × 1200. Rails: 2 sashes × 2 × 1488 mm = 5.952 m × 1.05 = 6.2496 m,
        // two 6 m bars a window; stiles: 2 × 2 × 1188 mm = 4.752 m, one bar. Two windows.
        Map<String, JsonNode> materials = byCode(pieces.get("materials"));
        assertThat(materials.get("PRF-TOP").get("bars").asInt()).isEqualTo(4);
        assertThat(new BigDecimal(materials.get("PRF-TOP").get("quantity").asText())).isEqualByComparingTo("24");
        assertThat(materials.get("PRF-JAMB").get("bars").asInt()).isEqualTo(2);
        assertThat(new BigDecimal(materials.get("PRF-JAMB").get("quantity").asText())).isEqualByComparingTo("12");
        assertThat(pieces.get("materials")).as("the same as the equivalent formulas")
                .isEqualTo(formulas.get("materials"));
        assertThat(pieces.get("profiles")).isEqualTo(formulas.get("profiles"));
        assertThat(pieces.get("price")).isEqualTo(formulas.get("price"));

        // A quote stores its priced lines (with the pieces) and reads them back.
        HttpResult quote = env.http.post(V1 + "/quotes", "{\"customerId\":\"" + env.customer.id()
                + "\",\"lines\":[" + line("PCS-PRICE") + "]}", sales);
        assertThat(quote.status()).as("%s", quote).isEqualTo(201);
        JsonNode stored = env.http.get(V1 + "/quotes/" + quote.json().get("id").asText(), sales).json();
        assertThat(stored.get("pricing").get("lines").get(0).get("materials")).isEqualTo(pieces.get("materials"));
    }

    private static JsonNode price(String productCode) {
        HttpResult priced = env.http.post(V1 + "/quotes/price", "{\"lines\":[" + line(productCode) + "]}", sales);
        assertThat(priced.status()).as("%s", priced).isEqualTo(200);
        return priced.json().get("lines").get(0);
    }

    private static String line(String productCode) {
        return "{\"type\":\"WINDOW\",\"productCode\":\"" + productCode + "\",\"glassCode\":\"GL-CLR6\","
                + "\"colour\":\"WHITE\",\"widthMm\":3000,\"heightMm\":1200,\"quantity\":2}";
    }

    @Test
    void badPiecesAre400NamingTheFieldAndSaveNothing() {
        int before = env.http.get(V1 + "/products", admin).json().size();
        List<Map.Entry<String, String>> cases = List.of(
                Map.entry("bom[0].pieces.count", RAILS_IN_PIECES.replace("\"count\":\"2\"", "\"count\":\"2 +\"")),
                Map.entry("bom[0].pieces.count", RAILS_IN_PIECES.replace("\"count\":\"2\"", "\"count\":2")),
                Map.entry("bom[0].pieces.count", RAILS_IN_PIECES.replace("\"count\":\"2\",", "")),
                Map.entry("bom[0].pieces.lengthMm", RAILS_IN_PIECES.replace("cell_width_mm - 12", "")),
                Map.entry("bom[0].pieces.lengthMm", RAILS_IN_PIECES.replace("cell_width_mm", "depth_mm")),
                Map.entry("bom[0].pieces.lengthMm", RAILS_IN_PIECES.replace(",\"scope\":\"EACH_SASH\"", "")),
                Map.entry("bom[0].pieces.startAngle", RAILS_IN_PIECES.replace("\"startAngle\":45", "\"startAngle\":5")),
                Map.entry("bom[0].pieces.startAngle",
                        RAILS_IN_PIECES.replace("\"startAngle\":45", "\"startAngle\":true")),
                Map.entry("bom[0].pieces.startAngle",
                        RAILS_IN_PIECES.replace("\"startAngle\":45", "\"startAngle\":1e999999999")),
                Map.entry("bom[0].pieces.endAngle", RAILS_IN_PIECES.replace("\"endAngle\":45", "\"endAngle\":180")),
                Map.entry("bom[0].pieces.endAngle",
                        RAILS_IN_PIECES.replace("\"endAngle\":45", "\"endAngle\":\"steep\"")),
                Map.entry("bom[0].pieces", RAILS_IN_PIECES.replaceFirst(PIECES_OBJECT, "\"pieces\":\"2 x 600\"")),
                Map.entry("bom[0].formula",
                        RAILS_IN_PIECES.replace("\"wasteFactor\"", "\"formula\":\"width_m\",\"wasteFactor\"")),
                Map.entry("bom[0].formula", RAILS_IN_PIECES.replaceFirst(",\\s*" + PIECES_OBJECT, "")));
        for (int i = 0; i < cases.size(); i++) {
            String field = cases.get(i).getKey();
            HttpResult result = env.http.post(V1 + "/products", slider("PCS-BAD-" + i, cases.get(i).getValue(),
                    STILES_IN_PIECES), admin);
            assertThat(result.status()).as("%s: %s", field, result).isEqualTo(400);
            assertThat(fields(result)).as("%s", result).contains(field);
        }
        HttpResult everything = env.http.post(V1 + "/products", slider("PCS-BAD-ALL", """
                {"materialCode":"PRF-TOP","formula":"width_m","scope":"EACH_SASH",
                 "pieces":{"count":"(","lengthMm":"","startAngle":0,"endAngle":"171"}}""", STILES_IN_PIECES), admin);
        assertThat(everything.status()).as("%s", everything).isEqualTo(400);
        assertThat(fields(everything)).as("every bad field at once").contains("bom[0].formula", "bom[0].pieces.count",
                "bom[0].pieces.lengthMm", "bom[0].pieces.startAngle", "bom[0].pieces.endAngle");
        assertThat(env.http.get(V1 + "/products", admin).json().size()).isEqualTo(before);
    }

    @Test
    void piecesThatCannotBeCutAtASizeAreRefusedWhenPricedNotWithA500() {
        create(slider("PCS-ODD", RAILS_IN_PIECES.replace("\"count\":\"2\"", "\"count\":\"cell_width_mm / 7\""),
                STILES_IN_PIECES));
        create(slider("PCS-HW", RAILS_IN_PIECES, STILES_IN_PIECES.replace("PRF-JAMB", "HW-ROLL")));
        for (String code : List.of("PCS-ODD", "PCS-HW")) {
            HttpResult priced = env.http.post(V1 + "/quotes/price", "{\"lines\":[" + line(code) + "]}", sales);
            assertThat(priced.status()).as("%s: %s", code, priced).isEqualTo(400);
            assertThat(fields(priced)).as("%s", priced).containsExactly("lines[0].productCode");
            assertThat(priced.text()).as("%s", priced).contains("BOM line");
        }
    }

    @Test
    void piecesGoThroughTheCatalogueCsvAndBack() {
        create(slider("PCS-CSV", RAILS_IN_PIECES, STILES_IN_PIECES));
        HttpResult export = env.http.get(PRODUCTS_CSV, admin);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.text()).startsWith("code,name,category,windowType,minWidthMm,maxWidthMm,minHeightMm,"
                + "maxHeightMm,active,bomMaterialCode,bomFormula,bomWasteFactor,bomDescription,layout,layoutLocked,"
                + "divisionWidthMm,minCellMm,fixedDeductionWidthMm,fixedDeductionHeightMm,sashDeductionWidthMm,"
                + "sashDeductionHeightMm,bomScope,bomPieceCount,bomPieceLengthMm,bomStartAngle,bomEndAngle\r\n")
                .contains("PCS-CSV,Slider in pieces,WINDOW,SLIDING,800,3000,600,2500,true,PRF-TOP,,1.05,Sash rails,"
                        + "\"V[SL,SR]\",false,0,200,0,0,0,0,EACH_SASH,2,cell_width_mm - 12,45,45\r\n")
                .contains(",PRF-JAMB,,1,,\"V[SL,SR]\",false,0,200,0,0,0,0,EACH_SASH,2,cell_height_mm - 12,90,90\r\n")
                .contains(",HW-ROLL,2,1,,\"V[SL,SR]\",false,0,200,0,0,0,0,EACH_SASH,,,,\r\n");

        String before = env.http.get(V1 + "/products", admin).text().replaceAll("\"version\":\\d+", "");
        HttpResult reimported = csv(export.text());
        assertThat(reimported.status()).as("%s", reimported).isEqualTo(200);
        assertThat(reimported.json().get("created").asInt()).isZero();
        assertThat(env.http.get(V1 + "/products", admin).text().replaceAll("\"version\":\\d+", ""))
                .isEqualTo(before);

        HttpResult imported = csv("""
                code,name,category,windowType,minWidthMm,maxWidthMm,minHeightMm,maxHeightMm,bomMaterialCode,bomFormula,bomScope,bomPieceCount,bomPieceLengthMm,bomStartAngle,bomEndAngle
                CSV-PCS,Csv pieces,WINDOW,FIXED,300,2000,300,2000,PRF-TOP,,,4,width_mm / 2,45,
                CSV-PCS,,,,,,,,HW-ROLL,2,,,,,
                """);
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        JsonNode line = productByCode("CSV-PCS").get("bom").get(0);
        assertThat(line.get("formula").isNull()).isTrue();
        assertThat(line.get("pieces").get("count").asText()).isEqualTo("4");
        assertThat(line.get("pieces").get("lengthMm").asText()).isEqualTo("width_mm / 2");
        assertThat(line.get("pieces").get("startAngle").asText()).isEqualTo("45");
        assertThat(line.get("pieces").get("endAngle").asText()).isEqualTo("90");
    }

    @Test
    void badPieceCellsAreNamedByTheirRowAndColumnAndNothingIsImported() {
        String before = DatabaseSnapshot.of(env.store);
        HttpResult reading = csv("""
                code,name,category,windowType,minWidthMm,maxWidthMm,minHeightMm,maxHeightMm,bomMaterialCode,bomFormula,bomPieceCount,bomPieceLengthMm,bomStartAngle,bomEndAngle
                CSV-P1,One,WINDOW,FIXED,300,2000,300,2000,PRF-TOP,,2 +,width_mm,,
                CSV-P2,Two,WINDOW,FIXED,300,2000,300,2000,PRF-TOP,,2,width_mm,sharp,
                CSV-P3,Three,WINDOW,FIXED,300,2000,300,2000,PRF-TOP,,2,width_mm,45,200
                CSV-P4,Four,WINDOW,FIXED,300,2000,300,2000,PRF-TOP,width_m,2,width_mm,,
                """);
        assertThat(reading.status()).as("%s", reading).isEqualTo(400);
        assertThat(fields(reading)).containsExactlyInAnyOrder("rows[2].bomPieceCount", "rows[3].bomStartAngle",
                "rows[4].bomEndAngle", "rows[5].bomFormula");

        HttpResult useCase = csv("""
                code,name,category,windowType,minWidthMm,maxWidthMm,minHeightMm,maxHeightMm,bomMaterialCode,bomFormula,bomScope,bomPieceCount,bomPieceLengthMm,bomStartAngle,bomEndAngle
                CSV-P5,Five,WINDOW,SLIDING,800,3000,600,2500,PRF-TOP,,EACH_SASH,2,cell_width_mm - 12,45,45
                CSV-P5,,,,,,,,PRF-JAMB,,,,cell_height_mm,,
                """);
        assertThat(useCase.status()).as("%s", useCase).isEqualTo(400);
        assertThat(fields(useCase)).containsExactlyInAnyOrder("rows[3].bomPieceCount", "rows[3].bomPieceLengthMm");
        assertThat(DatabaseSnapshot.of(env.store)).isEqualTo(before);
    }

    private static JsonNode productByCode(String code) {
        for (JsonNode p : env.http.get(V1 + "/products", admin).json()) {
            if (p.get("code").asText().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("no product " + code);
    }

    private static Map<String, JsonNode> byCode(JsonNode materials) {
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        materials.forEach(m -> byCode.put(m.get("materialCode").asText(), m));
        return byCode;
    }

    private static HttpResult csv(String body) {
        return env.http.send("POST", PRODUCTS_CSV, HttpApi.bytes(body), "text/csv; charset=utf-8", admin, Map.of());
    }

    private static List<String> fields(HttpResult result) {
        List<String> fields = new ArrayList<>();
        result.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
