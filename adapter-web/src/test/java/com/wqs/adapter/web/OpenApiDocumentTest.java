package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.domain.shared.TextLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /openapi.json} describes exactly the routes the running server has, and only valid references. */
class OpenApiDocumentTest {
    private static WebTestServer env;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        env = WebTestServer.start();
        HttpResult result = env.http.get("/openapi.json", Credentials.NONE);
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.contentType()).startsWith("application/json");
        document = result.json();
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void theDocumentAndTheRunningRoutesAgreeBothWays() {
        Set<String> routes = env.server.routes().stream().map(r -> r.method() + " " + r.path())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            path.getValue().fieldNames()
                    .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }

        assertThat(documented).as("documented but not served").isSubsetOf(routes);
        assertThat(routes).as("served but not documented").isSubsetOf(documented);
        assertThat(routes).hasSizeGreaterThan(50);
    }

    @Test
    void itIsAnOpenApi3DocumentWithEveryReferenceResolvable() {
        assertThat(document.get("openapi").asText()).startsWith("3.0");
        assertThat(document.get("info").get("title").asText()).isNotBlank();
        JsonNode schemas = document.get("components").get("schemas");
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/components/schemas/");
            assertThat(schemas.has(ref.substring("#/components/schemas/".length()))).as(ref).isTrue();
        }
    }

    @Test
    void operationsDescribeAuthenticationBodiesAndErrors() {
        JsonNode login = document.get("paths").get("/api/v1/auth/login").get("post");
        assertThat(login.get("security")).isEmpty();
        assertThat(login.get("requestBody").get("content").get("application/json").get("schema").get("$ref").asText())
                .isEqualTo("#/components/schemas/LoginRequest");
        assertThat(login.get("responses").has("429")).isTrue();

        JsonNode createQuote = document.get("paths").get("/api/v1/quotes").get("post");
        assertThat(createQuote.has("security")).as("uses the document's session/bearer security").isFalse();
        assertThat(createQuote.get("responses").fieldNames()).toIterable().contains("201", "400", "401", "403", "415", "500");
        assertThat(createQuote.get("responses").get("400").get("content").has("application/problem+json")).isTrue();

        JsonNode pdf = document.get("paths").get("/api/v1/quotes/{id}/pdf").get("get");
        assertThat(pdf.get("responses").get("200").get("content").has("application/pdf")).isTrue();

        JsonNode quote = document.get("components").get("schemas").get("QuoteResponse").get("properties");
        assertThat(quote.get("id").get("format").asText()).isEqualTo("uuid");
        assertThat(quote.get("createdAt").get("format").asText()).isEqualTo("date-time");
        assertThat(quote.get("validUntil").get("format").asText()).isEqualTo("date");
        JsonNode pricing = document.get("components").get("schemas").get("PricingResponse").get("properties");
        assertThat(pricing.get("total").get("type").asText()).as("money is a decimal string").isEqualTo("string");

        JsonNode listQuotes = document.get("paths").get("/api/v1/quotes").get("get");
        List<String> parameters = new ArrayList<>();
        listQuotes.get("parameters").forEach(p -> parameters.add(p.get("name").asText()));
        assertThat(parameters).contains("status", "customerId", "ownerId", "q", "createdFrom", "createdTo", "sort",
                "page", "size");
        Map<String, JsonNode> operationIds = new HashMap<>();
        document.get("paths").forEach(path -> path.forEach(op -> {
            JsonNode previous = operationIds.put(op.get("operationId").asText(), op);
            assertThat(previous).as("operationId %s is unique", op.get("operationId").asText()).isNull();
        }));
    }

    @Test
    void layoutsAreOneOfACellOrASplitToldApartByTheirType() {
        JsonNode schemas = document.get("components").get("schemas");
        JsonNode layout = schemas.get("LayoutJson");
        assertThat(layout.get("oneOf")).hasSize(2);
        assertThat(layout.get("discriminator").get("propertyName").asText()).isEqualTo("type");
        assertThat(layout.get("discriminator").get("mapping").get("cell").asText())
                .isEqualTo("#/components/schemas/LayoutJson.Cell");
        assertThat(layout.get("description").asText()).contains("notation");
        JsonNode cell = schemas.get("LayoutJson.Cell");
        assertThat(cell.get("properties").get("type").get("enum").get(0).asText()).isEqualTo("cell");
        assertThat(cell.get("required").toString()).contains("type");
        assertThat(cell.get("properties").get("opening").get("enum").toString()).contains("CASEMENT_LEFT", "FIXED");
        JsonNode split = schemas.get("LayoutJson.Split");
        assertThat(split.get("properties").get("parts").get("items").get("$ref").asText())
                .isEqualTo("#/components/schemas/LayoutJson");
        assertThat(split.get("properties").get("direction").get("enum").toString()).contains("VERTICAL", "HORIZONTAL");

        assertThat(schemas.get("ProductResponse").get("properties").get("layout").get("$ref").asText())
                .isEqualTo("#/components/schemas/ProductLayoutResponse");
        assertThat(schemas.get("ProductLayoutRequest").get("properties").get("sashDeduction").get("$ref").asText())
                .isEqualTo("#/components/schemas/DeductionJson");
        assertThat(schemas.get("BomLineResponse").get("properties").get("scope").get("enum").toString())
                .contains("WINDOW", "EACH_SASH", "EACH_MULLION");
        assertThat(schemas.get("BomLineRequest").get("properties").get("scope").get("enum").toString())
                .contains("EACH_TRANSOM");
        assertThat(schemas.get("QuoteLineRequest").get("properties").get("layout").get("$ref").asText())
                .isEqualTo("#/components/schemas/LayoutJson");
        JsonNode priced = schemas.get("PricedLineResponse").get("properties");
        assertThat(priced.get("panes").get("items").get("$ref").asText()).isEqualTo("#/components/schemas/PaneResponse");
        assertThat(schemas.get("PaneResponse").get("properties").fieldNames()).toIterable()
                .containsExactly("label", "opening", "glassCode", "widthMm", "heightMm");
        assertThat(schemas.get("MaterialsListResponse.Pane").get("properties").fieldNames()).toIterable()
                .contains("position", "areaM2", "totalAreaM2");
        assertThat(schemas.get("MaterialsListResponse.Requirement").get("properties").has("colour")).isTrue();

        for (String path : List.of("/api/v1/quotes/{id}/lines/{n}/drawing.svg",
                "/api/v1/work-orders/{id}/lines/{n}/drawing.svg")) {
            JsonNode drawing = document.get("paths").get(path).get("get");
            assertThat(drawing.get("responses").get("200").get("content").has("image/svg+xml")).as(path).isTrue();
            assertThat(drawing.get("responses").has("404")).isTrue();
        }
    }

    @Test
    void bomLinesDescribeTheirPiecesAsAnAlternativeToTheFormula() {
        JsonNode schemas = document.get("components").get("schemas");
        JsonNode request = schemas.get("BomLineRequest").get("properties");
        assertThat(request.get("pieces").get("allOf").get(0).get("$ref").asText())
                .isEqualTo("#/components/schemas/BomPiecesRequest");
        assertThat(request.get("pieces").get("description").asText()).contains("instead of formula");
        assertThat(request.get("formula").get("description").asText()).contains("unless the line gives its pieces");
        JsonNode pieces = schemas.get("BomPiecesRequest");
        assertThat(pieces.get("description").asText()).contains("Σ count × lengthMm / 1000");
        assertThat(pieces.get("properties").fieldNames()).toIterable()
                .containsExactly("count", "lengthMm", "startAngle", "endAngle");
        assertThat(pieces.get("properties").get("count").get("type").asText()).isEqualTo("string");
        assertThat(pieces.get("properties").get("count").get("description").asText()).contains("whole number");
        assertThat(pieces.get("properties").get("lengthMm").get("description").asText()).contains("mm");
        assertThat(pieces.get("properties").get("startAngle").get("format").asText()).isEqualTo("decimal");
        assertThat(pieces.get("properties").get("startAngle").get("description").asText()).contains("10 to 170", "90");
        assertThat(pieces.get("properties").get("endAngle").get("description").asText()).contains("degrees");
        assertThat(schemas.get("BomLineResponse").get("properties").get("pieces").get("allOf").get(0).get("$ref")
                .asText()).isEqualTo("#/components/schemas/BomPiecesResponse");
        assertThat(schemas.get("BomPiecesResponse").get("properties").fieldNames()).toIterable()
                .containsExactly("count", "lengthMm", "startAngle", "endAngle");
    }

    @Test
    void serversFormatsAndTheMetricsTokenAreDeclared() {
        assertThat(document.get("servers").get(0).get("url").asText()).as("no public URL: the server read from")
                .isEqualTo("/");
        JsonNode schemas = document.get("components").get("schemas");
        assertThat(schemas.get("CustomerResponse").get("properties").get("taxId").has("format"))
                .as("a tax number is free text").isFalse();
        assertThat(schemas.get("CustomerRequest").get("properties").get("taxId").has("format")).isFalse();
        assertThat(schemas.get("CutListResponse.BarJson").get("properties").get("offcutId").has("format"))
                .as("the saw sheet's OC-17").isFalse();
        assertThat(schemas.get("WorkOrderResponse").get("properties").get("quoteId").get("format").asText())
                .isEqualTo("uuid");

        JsonNode offcutId = document.get("paths").get("/api/v1/offcuts/{id}").get("get").get("parameters").get(0);
        assertThat(offcutId.get("schema").has("format")).isFalse();
        assertThat(offcutId.get("schema").get("pattern").asText()).isEqualTo("^(OC-)?[0-9]+$");
        JsonNode lineNumber = document.get("paths").get("/api/v1/quotes/{id}/lines/{n}/drawing.svg").get("get")
                .get("parameters").get(1);
        assertThat(lineNumber.get("schema").get("type").asText()).isEqualTo("integer");

        JsonNode metrics = document.get("paths").get("/metrics").get("get");
        assertThat(metrics.get("security").get(0).has("metricsToken")).isTrue();
        assertThat(metrics.get("responses").fieldNames()).toIterable().contains("401", "404");
        assertThat(document.get("components").get("securitySchemes").get("metricsToken").get("scheme").asText())
                .isEqualTo("bearer");
        document.get("paths").forEach(path -> path.forEach(op -> assertThat(op.get("responses").has("400"))
                .as(op.get("operationId").asText() + " can be refused as malformed").isTrue()));
    }

    /**
     * Every text a client sends has a limit, stated as {@code maxLength} from the core's {@link TextLimits}: each
     * string property of every schema a request body uses (nested ones too), except enums and the decimal and
     * date formats, which their format bounds.
     */
    @Test
    void everyStringPropertyOfARequestHasAMaxLength() {
        JsonNode schemas = document.get("components").get("schemas");
        Set<String> requestSchemas = new TreeSet<>();
        for (JsonNode path : document.get("paths")) {
            for (JsonNode operation : path) {
                JsonNode body = operation.get("requestBody");
                if (body != null) {
                    List<String> refs = new ArrayList<>();
                    collectRefs(body, refs);
                    refs.forEach(ref -> reachableSchemas(schemas, ref, requestSchemas));
                }
            }
        }
        List<String> unbounded = new ArrayList<>();
        for (String name : requestSchemas) {
            JsonNode properties = schemas.get(name).get("properties");
            if (properties == null) {
                continue;
            }
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                JsonNode schema = property.getValue().has("items") ? property.getValue().get("items")
                        : property.getValue();
                boolean text = "string".equals(schema.path("type").asText()) && !schema.has("enum")
                        && !Set.of("decimal", "date", "date-time").contains(schema.path("format").asText());
                if (text && !schema.has("maxLength")) {
                    unbounded.add(name + "." + property.getKey());
                }
            }
        }

        assertThat(requestSchemas).contains("ProductRequest", "QuoteLineRequest", "CustomerRequest", "LayoutJson.Cell");
        assertThat(unbounded).as("string properties of requests without maxLength").isEmpty();
        assertThat(schemas.get("ProductRequest").get("properties").get("name").get("maxLength").asInt())
                .isEqualTo(TextLimits.NAME);
        assertThat(schemas.get("QuoteLineRequest").get("properties").get("colour").get("maxLength").asInt())
                .isEqualTo(TextLimits.COLOUR);
        assertThat(schemas.get("CutListReleaseRequest").get("properties").get("workOrders").get("items")
                .get("maxLength").asInt()).isEqualTo(TextLimits.ID);
    }

    private static void reachableSchemas(JsonNode schemas, String ref, Set<String> seen) {
        String name = ref.substring("#/components/schemas/".length());
        if (!seen.add(name)) {
            return;
        }
        List<String> refs = new ArrayList<>();
        collectRefs(schemas.get(name), refs);
        refs.forEach(next -> reachableSchemas(schemas, next, seen));
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals("$ref")) {
                    refs.add(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
