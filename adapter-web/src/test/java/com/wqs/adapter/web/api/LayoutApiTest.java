package com.wqs.adapter.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.WebConfig;
import com.wqs.adapter.web.WebServer;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.application.inmemory.InMemoryStore;
import com.wqs.application.inmemory.Pbkdf2PasswordHasher;
import com.wqs.application.port.in.NewUserCommand;
import com.wqs.application.service.AuthPolicy;
import com.wqs.application.service.UseCases;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.testing.CatalogFixtures;
import com.wqs.testing.CustomerBuilder;
import com.wqs.testing.MutableClock;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Layouts over real HTTP: a product with a default layout and a scoped BOM, quote lines with their own
 * layouts, panes in the pricing, the drawing of a line, the work order's pane list and profile colours, and
 * bad layouts refused with the field named and nothing saved. Runs on the in-memory store, which keeps
 * layouts as they are (the SQLite server of the other API tests goes through the persistence adapter).
 */
class LayoutApiTest {
    private static final String V1 = "/api/v1";
    private static InMemoryStore store;
    private static WebServer server;
    private static HttpApi http;
    private static Credentials admin;
    private static Credentials sales;
    private static Credentials otherSales;
    private static final Customer CUSTOMER = CustomerBuilder.aCustomer().name("Layout Homes").build();

    @BeforeAll
    static void start() {
        store = new InMemoryStore();
        UseCases useCases = UseCases.create(store, new Pbkdf2PasswordHasher(), WebTestServer.TEST_PDF,
                new MutableClock(WebTestServer.START), AuthPolicy.defaults());
        User adminUser = useCases.users().createFirstAdmin("admin@example.com", "Ada Admin", WebTestServer.PASSWORD);
        User salesUser = useCases.users().create(adminUser.asActor(),
                new NewUserCommand("sales@example.com", "Sam Sales", Role.SALES, WebTestServer.PASSWORD));
        User otherUser = useCases.users().create(adminUser.asActor(),
                new NewUserCommand("other@example.com", "Olga Other", Role.SALES, WebTestServer.PASSWORD));
        admin = token(useCases, adminUser);
        sales = token(useCases, salesUser);
        otherSales = token(useCases, otherUser);
        store.transactions().run(() -> {
            CatalogFixtures.materials().forEach(store.materials()::insert);
            CatalogFixtures.products().forEach(store.products()::insert);
            CatalogFixtures.laborRates().forEach(store.laborRates()::save);
            store.customers().insert(CUSTOMER);
        });
        server = new WebServer(useCases, store, WebConfig.defaults().withPort(0).withHost("127.0.0.1"),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), List.of()).start();
        http = new HttpApi(server.port());
    }

    private static Credentials token(UseCases useCases, User user) {
        return new Credentials.Bearer(useCases.authentication().createApiToken(user.asActor(), "tests").secret());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** A two-leaf slider with a 60 mm mullion, 30 mm sash and 20 mm fixed deductions, profiles per sash. */
    private static String layoutProduct(String code) {
        return """
                {"code":"%s","name":"Slider with layout","category":"WINDOW","windowType":"SLIDING",
                 "minWidthMm":800,"maxWidthMm":3000,"minHeightMm":600,"maxHeightMm":2500,
                 "bom":[{"materialCode":"PRF-TOP","formula":"2 * width_m","wasteFactor":"1.05","description":"Tracks"},
                        {"materialCode":"PRF-JAMB","formula":"2 * (cell_width_m + cell_height_m)","scope":"EACH_SASH",
                         "description":"Sash profile"},
                        {"materialCode":"HW-ROLL","formula":"2","scope":"EACH_SASH"},
                        {"materialCode":"PRF-JAMB","formula":"division_length_m","scope":"EACH_MULLION"}],
                 "layout":{"defaultLayout":{"type":"split","direction":"VERTICAL",
                                            "parts":[{"type":"cell","opening":"SLIDING_LEFT"},{"type":"cell","opening":"SR"}]},
                           "lineMayChange":true,"divisionWidthMm":60,"minCellMm":200,
                           "fixedDeduction":{"widthMm":20,"heightMm":20},"sashDeduction":{"widthMm":30,"heightMm":30}},
                 "active":true}""".formatted(code);
    }

    private static String windowLine(String layoutJson) {
        return "{\"type\":\"WINDOW\",\"productCode\":\"LAY-SLD\",\"glassCode\":\"GL-CLR6\",\"colour\":\"WHITE\","
                + "\"widthMm\":1500,\"heightMm\":1200,\"quantity\":2" + (layoutJson == null ? "" : ",\"layout\":" + layoutJson)
                + "}";
    }

    private static String quote(String... lines) {
        return "{\"customerId\":\"" + CUSTOMER.id() + "\",\"lines\":[" + String.join(",", lines) + "]}";
    }

    private static final String FIXED_AND_CASEMENT = """
            {"type":"split","direction":"VERTICAL","positionsMm":[600],
             "parts":[{"type":"cell","opening":"FIXED"},{"type":"cell","opening":"CASEMENT_RIGHT","glassCode":"GL-LOWE6"}]}""";

    private static synchronized String ensureProduct() {
        HttpResult existing = http.get(V1 + "/products", admin);
        for (JsonNode p : existing.json()) {
            if (p.get("code").asText().equals("LAY-SLD")) {
                return p.get("id").asText();
            }
        }
        HttpResult created = http.post(V1 + "/products", layoutProduct("LAY-SLD"), admin);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void aProductKeepsItsLayoutAndTheScopesOfItsBom() {
        String id = ensureProduct();
        JsonNode product = http.get(V1 + "/products/" + id, sales).json();

        JsonNode layout = product.get("layout");
        assertThat(layout.get("defaultLayout").get("notation").asText()).isEqualTo("V[SL,SR]");
        assertThat(layout.get("defaultLayout").get("type").asText()).isEqualTo("split");
        assertThat(layout.get("defaultLayout").get("parts").get(1).get("opening").asText()).isEqualTo("SLIDING_RIGHT");
        assertThat(layout.get("defaultLayout").get("parts").get(1).has("notation")).isFalse();
        assertThat(layout.get("divisionWidthMm").asInt()).isEqualTo(60);
        assertThat(layout.get("minCellMm").asInt()).isEqualTo(200);
        assertThat(layout.get("sashDeduction").get("widthMm").asInt()).isEqualTo(30);
        assertThat(layout.get("fixedDeduction").get("heightMm").asInt()).isEqualTo(20);
        assertThat(layout.get("lineMayChange").asBoolean()).isTrue();
        List<String> scopes = new ArrayList<>();
        product.get("bom").forEach(line -> scopes.add(line.get("scope").asText()));
        assertThat(scopes).containsExactly("WINDOW", "EACH_SASH", "EACH_SASH", "EACH_MULLION");

        JsonNode plain = http.get(V1 + "/products", sales).json();
        for (JsonNode p : plain) {
            if (p.get("code").asText().equals("FIX-1")) {
                assertThat(p.get("layout").get("defaultLayout").isNull()).as("no layout of its own").isTrue();
                assertThat(p.get("layout").get("minCellMm").asInt()).isEqualTo(1);
            }
        }
    }

    @Test
    void aProductLayoutMayBeGivenAsNotation() {
        HttpResult created = http.post(V1 + "/products", """
                {"code":"LAY-NOT","name":"Notation","category":"WINDOW","windowType":"SLIDING",
                 "minWidthMm":800,"maxWidthMm":3000,"minHeightMm":900,"maxHeightMm":2500,
                 "layout":{"defaultLayout":"H(400)[FIX,V[CL,CR:GL-LOWE6]]","divisionWidthMm":50,"minCellMm":200}}""",
                admin);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode layout = created.json().get("layout").get("defaultLayout");
        assertThat(layout.get("notation").asText()).isEqualTo("H(400)[FIX,V[CL,CR:GL-LOWE6]]");
        assertThat(layout.get("direction").asText()).isEqualTo("HORIZONTAL");
        assertThat(layout.get("positionsMm").get(0).asInt()).isEqualTo(400);
        assertThat(layout.get("parts").get(1).get("parts").get(1).get("glassCode").asText()).isEqualTo("GL-LOWE6");
    }

    @Test
    void badProductLayoutsAre400NamingTheFieldAndSaveNothing() {
        int before = http.get(V1 + "/products", admin).json().size();
        Map<String, String> cases = Map.of(
                "layout.defaultLayout.parts[1].opening",
                layoutProduct("BAD-1").replace("\"opening\":\"SR\"", "\"opening\":\"SIDEWAYS\""),
                "layout.defaultLayout.parts[1].type",
                layoutProduct("BAD-2").replace("{\"type\":\"cell\",\"opening\":\"SR\"}", "{\"kind\":\"cell\"}"),
                "layout.defaultLayout.direction",
                layoutProduct("BAD-3").replace("\"direction\":\"VERTICAL\"", "\"direction\":\"DIAGONAL\""),
                "bom[1].scope", layoutProduct("BAD-4").replace("\"scope\":\"EACH_SASH\"", "\"scope\":\"EACH_WINDOW\""),
                "layout.sashDeduction.widthMm",
                layoutProduct("BAD-5").replace("\"sashDeduction\":{\"widthMm\":30", "\"sashDeduction\":{\"widthMm\":300"),
                "layout.divisionWidthMm", layoutProduct("BAD-6").replace("\"divisionWidthMm\":60", "\"divisionWidthMm\":\"wide\""),
                "layout.defaultLayout", layoutProduct("BAD-7").replaceFirst("\"defaultLayout\":\\{",
                        "\"defaultLayout\":\"V[SL,\",\"ignored\":{"),
                "layout.defaultLayout.parts", layoutProduct("BAD-8").replace("\"parts\":[{\"type\":\"cell\",\"opening\":\"SLIDING_LEFT\"},{\"type\":\"cell\",\"opening\":\"SR\"}]",
                        "\"parts\":{\"a\":1}"));
        cases.forEach((field, body) -> {
            HttpResult result = http.post(V1 + "/products", body, admin);
            assertThat(result.status()).as("%s: %s", field, result).isEqualTo(400);
            assertThat(fields(result)).as("%s", result).contains(field);
        });
        HttpResult scoped = http.post(V1 + "/products", layoutProduct("BAD-9")
                .replace("\"formula\":\"2\",\"scope\":\"EACH_SASH\"", "\"formula\":\"cell_width_m\""), admin);
        assertThat(scoped.status()).as("%s", scoped).isEqualTo(400);
        assertThat(fields(scoped)).contains("bom[2].formula");
        assertThat(http.get(V1 + "/products", admin).json().size()).isEqualTo(before);
    }

    @Test
    void aLineLayoutGivesPanesADrawingAndTheWorkOrdersPaneList() {
        ensureProduct();
        HttpResult priced = http.post(V1 + "/quotes/price",
                "{\"lines\":[" + windowLine("\"V(600)[FIX,CR:GL-LOWE6]\"") + "]}", sales);
        assertThat(priced.status()).as("%s", priced).isEqualTo(200);
        JsonNode pricedLine = priced.json().get("lines").get(0);
        assertThat(pricedLine.get("layout").get("notation").asText()).isEqualTo("V(600)[FIX,CR:GL-LOWE6]");
        assertThat(pricedLine.get("divisionWidthMm").asInt()).isEqualTo(60);
        // A: 0..570 wide, less 20 (fixed); B: 630..1500, less 30 (sash).
        assertPane(pricedLine.get("panes").get(0), "A", "FIXED", "GL-CLR6", 550, 1180);
        assertPane(pricedLine.get("panes").get(1), "B", "CASEMENT_RIGHT", "GL-LOWE6", 840, 1170);

        HttpResult created = http.post(V1 + "/quotes", quote(windowLine(FIXED_AND_CASEMENT), windowLine(null),
                "{\"type\":\"MATERIAL\",\"materialCode\":\"CN-SIL\",\"quantity\":\"3\"}"), sales);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode quote = created.json();
        String id = quote.get("id").asText();
        assertThat(quote.get("lines").get(0).get("layout").get("notation").asText()).isEqualTo("V(600)[FIX,CR:GL-LOWE6]");
        assertThat(quote.get("lines").get(1).get("layout").isNull()).as("the product's default").isTrue();
        JsonNode lines = quote.get("pricing").get("lines");
        assertThat(lines.get(0).get("panes")).hasSize(2);
        assertThat(lines.get(1).get("layout").get("notation").asText()).isEqualTo("V[SL,SR]");
        // Equal cells: (1500 - 60) / 2 = 720 wide, less the sash deduction.
        assertPane(lines.get(1).get("panes").get(0), "A", "SLIDING_LEFT", "GL-CLR6", 690, 1170);
        assertThat(lines.get(2).get("layout").isNull()).isTrue();
        assertThat(lines.get(2).get("panes")).isEmpty();
        assertThat(http.get(V1 + "/quotes/" + id, sales).json().get("pricing").get("lines").get(0).get("panes"))
                .hasSize(2);

        HttpResult drawing = http.get(V1 + "/quotes/" + id + "/lines/1/drawing.svg", sales);
        assertThat(drawing.status()).as("%s", drawing).isEqualTo(200);
        assertThat(drawing.contentType()).startsWith("image/svg+xml");
        String svg = new String(drawing.body(), StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg").contains("</svg>").contains(">A<").contains(">B<");
        assertThat(http.get(V1 + "/quotes/" + id + "/lines/2/drawing.svg", sales).status()).isEqualTo(200);
        assertThat(http.get(V1 + "/quotes/" + id + "/lines/3/drawing.svg", sales).status()).as("material line")
                .isEqualTo(404);
        assertThat(http.get(V1 + "/quotes/" + id + "/lines/4/drawing.svg", sales).status()).isEqualTo(404);
        assertThat(http.get(V1 + "/quotes/" + id + "/lines/0/drawing.svg", sales).status()).isEqualTo(404);
        HttpResult notANumber = http.get(V1 + "/quotes/" + id + "/lines/first/drawing.svg", sales);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(fields(notANumber)).containsExactly("n");
        assertThat(http.get(V1 + "/quotes/" + id + "/lines/1/drawing.svg", otherSales).status()).isEqualTo(404);
        assertThat(http.get(V1 + "/quotes/" + id + "/lines/1/drawing.svg", Credentials.NONE).status()).isEqualTo(401);

        assertThat(http.post(V1 + "/quotes/" + id + "/send", null, sales).status()).isEqualTo(200);
        assertThat(http.post(V1 + "/quotes/" + id + "/accept", null, sales).status()).isEqualTo(200);
        HttpResult converted = http.post(V1 + "/quotes/" + id + "/work-order", null, sales);
        assertThat(converted.status()).as("%s", converted).isEqualTo(201);
        String workOrder = converted.json().get("id").asText();

        JsonNode materials = http.get(V1 + "/work-orders/" + workOrder + "/materials", admin).json();
        List<String> positions = new ArrayList<>();
        materials.get("glassPanes").forEach(p -> positions.add(p.get("position").asText()));
        assertThat(positions).containsExactlyInAnyOrder("L1-A", "L1-B", "L2-A", "L2-B");
        for (JsonNode pane : materials.get("glassPanes")) {
            if (pane.get("position").asText().equals("L1-B")) {
                assertThat(pane.get("glassCode").asText()).isEqualTo("GL-LOWE6");
                assertThat(pane.get("widthMm").asInt()).isEqualTo(840);
                assertThat(pane.get("heightMm").asInt()).isEqualTo(1170);
                assertThat(pane.get("quantity").asInt()).isEqualTo(2);
                assertThat(pane.get("areaM2").asText()).isEqualTo("0.982800");
                assertThat(pane.get("totalAreaM2").asText()).isEqualTo("1.965600");
            }
        }
        boolean colouredTrack = false;
        for (JsonNode m : materials.get("materials")) {
            assertThat(m.has("colour")).isTrue();
            if (m.get("materialCode").asText().equals("PRF-TOP") && "WHITE".equals(m.get("colour").asText())) {
                colouredTrack = true;
            }
        }
        assertThat(colouredTrack).as("%s", materials).isTrue();
        HttpResult workOrderDrawing = http.get(V1 + "/work-orders/" + workOrder + "/lines/1/drawing.svg", admin);
        assertThat(workOrderDrawing.status()).isEqualTo(200);
        assertThat(workOrderDrawing.contentType()).startsWith("image/svg+xml");
        assertThat(workOrderDrawing.body()).isEqualTo(drawing.body());
        assertThat(http.get(V1 + "/work-orders/" + workOrder + "/lines/3/drawing.svg", admin).status()).isEqualTo(404);
        assertThat(http.get(V1 + "/work-orders/" + workOrder + "/lines/1/drawing.svg", otherSales).status())
                .isEqualTo(404);
    }

    @Test
    void badLineLayoutsAre400NamingTheFieldAndSaveNothing() {
        ensureProduct();
        long before = http.get(V1 + "/quotes", admin).json().get("total").asLong();
        Map<String, String> cases = Map.of(
                "lines[0].layout.divisions[0].positionMm", FIXED_AND_CASEMENT.replace("[600]", "[1480]"),
                "lines[0].layout.cells[0].width", FIXED_AND_CASEMENT.replace("[600]", "[150]"),
                "lines[0].layout", "\"V(600)[FIX,CR\"",
                "lines[0].layout.positionsMm[0]", FIXED_AND_CASEMENT.replace("[600]", "[\"600\"]"),
                "lines[0].layout.parts[1].opening", FIXED_AND_CASEMENT.replace("CASEMENT_RIGHT", "PIVOT"),
                "lines[0].layout.parts[0]", FIXED_AND_CASEMENT.replace("{\"type\":\"cell\",\"opening\":\"FIXED\"}", "null"),
                "lines[0].layout.parts[1].glassCode", FIXED_AND_CASEMENT.replace("GL-LOWE6", "GL-NOPE"));
        cases.forEach((field, layout) -> {
            HttpResult result = http.post(V1 + "/quotes", quote(windowLine(layout)), sales);
            HttpResult price = http.post(V1 + "/quotes/price", "{\"lines\":[" + windowLine(layout) + "]}", sales);
            assertThat(result.status()).as("%s: %s", field, result).isEqualTo(400);
            assertThat(price.status()).as("%s: %s", field, price).isEqualTo(400);
            if (!field.endsWith("glassCode")) {
                assertThat(fields(result)).as("%s", result).contains(field);
            } else {
                assertThat(fields(result)).as("%s", result).anyMatch(f -> f.startsWith("lines[0].layout"));
            }
        });
        HttpResult materialWithLayout = http.post(V1 + "/quotes", quote(
                "{\"type\":\"MATERIAL\",\"materialCode\":\"CN-SIL\",\"quantity\":\"3\",\"layout\":\"FIX\"}"), sales);
        assertThat(materialWithLayout.status()).isEqualTo(400);
        assertThat(fields(materialWithLayout)).containsExactly("lines[0].layout");
        assertThat(http.get(V1 + "/quotes", admin).json().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void productsWithLayoutsGoThroughTheCatalogueCsvAndBack() {
        ensureProduct();
        HttpResult export = http.get(V1 + "/catalog/products.csv", admin);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.text()).startsWith("code,name,category,windowType,minWidthMm,maxWidthMm,minHeightMm,"
                + "maxHeightMm,active,bomMaterialCode,bomFormula,bomWasteFactor,bomDescription,layout,layoutLocked,"
                + "divisionWidthMm,minCellMm,fixedDeductionWidthMm,fixedDeductionHeightMm,sashDeductionWidthMm,"
                + "sashDeductionHeightMm,bomScope,bomPieceCount,bomPieceLengthMm,bomStartAngle,bomEndAngle\r\n")
                .contains(",HW-ROLL,2,1,,\"V[SL,SR]\",false,60,200,20,20,30,30,EACH_SASH,,,,\r\n");
        String before = http.get(V1 + "/products", admin).text().replaceAll("\"version\":\\d+", "");
        HttpResult reimported = csv(export.text());
        assertThat(reimported.status()).as("%s", reimported).isEqualTo(200);
        assertThat(reimported.json().get("created").asInt()).isZero();
        assertThat(http.get(V1 + "/products", admin).text().replaceAll("\"version\":\\d+", "")).isEqualTo(before);

        HttpResult imported = csv("""
                code,name,category,windowType,minWidthMm,maxWidthMm,minHeightMm,maxHeightMm,bomMaterialCode,bomFormula,bomScope,layout,layoutLocked,divisionWidthMm,minCellMm,sashDeductionWidthMm,sashDeductionHeightMm
                CSV-LAY,Csv layout,WINDOW,SLIDING,1000,3000,600,2500,HW-ROLL,2,EACH_SASH,"V(600)[FIX,CR]",true,60,200,30,30
                CSV-LAY,,,,,,,,PRF-TOP,width_m,,,,,,,
                """);
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        JsonNode product = null;
        for (JsonNode p : http.get(V1 + "/products", admin).json()) {
            if (p.get("code").asText().equals("CSV-LAY")) {
                product = p;
            }
        }
        assertThat(product).isNotNull();
        assertThat(product.get("layout").get("defaultLayout").get("notation").asText()).isEqualTo("V(600)[FIX,CR]");
        assertThat(product.get("layout").get("lineMayChange").asBoolean()).isFalse();
        assertThat(product.get("layout").get("sashDeduction").get("heightMm").asInt()).isEqualTo(30);
        assertThat(product.get("bom").get(0).get("scope").asText()).isEqualTo("EACH_SASH");
        assertThat(product.get("bom").get(1).get("scope").asText()).isEqualTo("WINDOW");

        String productsBefore = http.get(V1 + "/products", admin).text();
        HttpResult bad = csv("""
                code,name,category,windowType,minWidthMm,maxWidthMm,minHeightMm,maxHeightMm,bomMaterialCode,bomFormula,bomScope,layout,divisionWidthMm,minCellMm,sashDeductionWidthMm
                CSV-B1,Bad,WINDOW,SLIDING,800,3000,600,2500,HW-ROLL,2,EACH_LEAF,,,,
                CSV-B2,Bad,WINDOW,SLIDING,800,3000,600,2500,HW-ROLL,2,,"V(600)[FIX,",,,
                CSV-B3,Bad,WINDOW,SLIDING,800,3000,600,2500,HW-ROLL,2,,"V(790)[FIX,CR]",60,200,
                CSV-B4,Bad,WINDOW,SLIDING,800,3000,600,2500,HW-ROLL,2,,,,200,250
                CSV-B5,Bad,WINDOW,SLIDING,800,3000,600,2500,HW-ROLL,2,,,wide,,
                """);
        assertThat(bad.status()).as("%s", bad).isEqualTo(400);
        assertThat(fields(bad)).contains("rows[2].bomScope", "rows[3].layout", "rows[6].divisionWidthMm");
        assertThat(http.get(V1 + "/products", admin).text()).isEqualTo(productsBefore);
        HttpResult domain = csv("""
                code,name,category,windowType,minWidthMm,maxWidthMm,minHeightMm,maxHeightMm,layout,divisionWidthMm,minCellMm,sashDeductionWidthMm
                CSV-B3,Bad,WINDOW,SLIDING,800,3000,600,2500,"V(790)[FIX,CR]",60,200,
                CSV-B4,Bad,WINDOW,SLIDING,800,3000,600,2500,,,200,250
                """);
        assertThat(domain.status()).as("%s", domain).isEqualTo(400);
        assertThat(fields(domain)).contains("rows[2].layout.divisions[0].positionMm", "rows[3].sashDeductionWidthMm");
        assertThat(http.get(V1 + "/products", admin).text()).isEqualTo(productsBefore);
    }

    private static HttpResult csv(String body) {
        return http.send("POST", V1 + "/catalog/products.csv", HttpApi.bytes(body), "text/csv", admin, Map.of());
    }

    private static void assertPane(JsonNode pane, String label, String opening, String glass, int width, int height) {
        assertThat(pane.get("label").asText()).isEqualTo(label);
        assertThat(pane.get("opening").asText()).isEqualTo(opening);
        assertThat(pane.get("glassCode").asText()).isEqualTo(glass);
        assertThat(pane.get("widthMm").asInt()).as("%s width", label).isEqualTo(width);
        assertThat(pane.get("heightMm").asInt()).as("%s height", label).isEqualTo(height);
    }

    private static List<String> fields(HttpResult result) {
        List<String> fields = new ArrayList<>();
        JsonNode errors = result.json().get("errors");
        if (errors != null) {
            errors.forEach(e -> fields.add(e.get("field").asText()));
        }
        return fields;
    }
}
