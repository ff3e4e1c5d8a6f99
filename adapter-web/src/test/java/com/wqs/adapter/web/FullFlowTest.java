package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole business through the API, as a shop would use it: catalogue, customer, a quote priced live,
 * sent, accepted, converted (twice at once: one work order), produced and delivered, and the dashboard
 * statistics reflecting it.
 */
class FullFlowTest {
    private static WebTestServer env;
    private static Credentials admin;
    private static Credentials sales;
    private static Credentials production;

    @BeforeAll
    static void start() {
        env = WebTestServer.start();
        admin = env.bearer(env.admin);
        sales = env.session(env.sales);
        production = env.bearer(env.production);
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void fromCatalogueToDeliveredWorkOrderAndStatistics() throws Exception {
        HttpResult imported = env.http.send("POST", "/api/v1/catalog/materials.csv", HttpApi.bytes("""
                code,name,category,unit,unitCost,stockLengthM,active,colourCosts
                FL-TOP,Track profile,PROFILE,M,95.50,6.0,true,WHITE=110.00
                FL-JAMB,Jamb profile,PROFILE,M,88.00,6.0,true,
                FL-ROLL,Roller,HARDWARE,PIECE,15.00,,true,
                FL-SIL,Sealant,CONSUMABLE,CARTRIDGE,80.00,,true,
                FL-CLR6,Clear glass 6 mm,GLASS,M2,120.00,,true,
                """), "text/csv", admin, Map.of());
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        assertThat(imported.json().get("created").asInt()).isEqualTo(5);

        HttpResult product = env.http.post("/api/v1/products", """
                {"code":"FL-SLD","name":"Sliding window","category":"WINDOW","windowType":"SLIDING",
                 "minWidthMm":800,"maxWidthMm":3000,"minHeightMm":600,"maxHeightMm":2500,
                 "bom":[{"materialCode":"FL-TOP","formula":"width_m","wasteFactor":"1.05"},
                        {"materialCode":"FL-JAMB","formula":"2 * height_m","wasteFactor":"1.05"},
                        {"materialCode":"FL-ROLL","formula":"4"},
                        {"materialCode":"FL-SIL","formula":"0.5"}]}""", admin);
        assertThat(product.status()).as("%s", product).isEqualTo(201);
        assertThat(env.http.put("/api/v1/labor-rates/SLIDING", "{\"ratePerM2\":\"65.00\",\"complexity\":\"1.2\"}",
                admin).status()).isEqualTo(200);

        HttpResult customer = env.http.post("/api/v1/customers", Requests.customer("Casa Nueva"), sales);
        assertThat(customer.status()).isEqualTo(201);
        String customerId = customer.json().get("id").asText();

        String lines = """
                [{"type":"WINDOW","productCode":"FL-SLD","glassCode":"FL-CLR6","colour":"WHITE",
                  "widthMm":1500,"heightMm":1200,"quantity":2},
                 {"type":"MATERIAL","materialCode":"FL-SIL","quantity":"3"}]""";
        HttpResult priced = env.http.post("/api/v1/quotes/price",
                "{\"lines\":" + lines + ",\"rates\":" + Requests.workedExampleRates() + "}", sales);
        assertThat(priced.status()).as("%s", priced).isEqualTo(200);
        assertThat(priced.json().get("total").asText()).isEqualTo("5477.55");
        assertThat(priced.json().get("taxable").asText()).isEqualTo("4722.03");

        HttpResult created = env.http.post("/api/v1/quotes", "{\"customerId\":\"" + customerId + "\",\"lines\":" + lines
                + ",\"rates\":" + Requests.workedExampleRates() + "}", sales);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode quote = created.json();
        String quoteId = quote.get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/quotes/" + quoteId);
        assertThat(quote.get("number").asText()).matches("Q-2026-\\d{5}");
        assertThat(quote.get("status").asText()).isEqualTo("DRAFT");
        assertThat(quote.get("pricing").get("total").asText()).isEqualTo("5477.55");
        assertThat(quote.get("pricing").get("lines").get(0).get("profiles").asText()).isEqualTo("2376.00");

        HttpResult sent = env.http.post("/api/v1/quotes/" + quoteId + "/send", null, sales);
        assertThat(sent.json().get("status").asText()).isEqualTo("SENT");
        HttpResult pdf = env.http.get("/api/v1/quotes/" + quoteId + "/pdf", sales);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.text()).startsWith("%PDF");
        assertThat(env.http.post("/api/v1/quotes/" + quoteId + "/accept", null, sales).json().get("status").asText())
                .isEqualTo("ACCEPTED");

        List<HttpResult> conversions = concurrently(2, () -> env.http.post("/api/v1/quotes/" + quoteId + "/work-order",
                "{\"priority\":\"HIGH\",\"estimatedDelivery\":\"2026-04-15\",\"productionNotes\":\"white frames\"}", sales));
        assertThat(conversions).extracting(HttpResult::status).containsExactlyInAnyOrder(201, 409);
        HttpResult createdOrder = conversions.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
        HttpResult conflict = conversions.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        String workOrderId = createdOrder.json().get("id").asText();
        assertThat(createdOrder.header("Location")).isEqualTo("/api/v1/work-orders/" + workOrderId);
        assertThat(conflict.header("Location")).isEqualTo(createdOrder.header("Location"));
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(createdOrder.json().get("number").asText()).matches("WO-2026-\\d{5}");
        assertThat(env.http.get("/api/v1/quotes/" + quoteId, sales).json().get("status").asText()).isEqualTo("CONVERTED");

        HttpResult materials = env.http.get("/api/v1/work-orders/" + workOrderId + "/materials", production);
        assertThat(materials.status()).isEqualTo(200);
        assertThat(materials.json().get("glassPanes").get(0).get("widthMm").asInt()).isEqualTo(1500);

        for (String status : List.of("MATERIALS_ORDERED", "MATERIALS_RECEIVED", "IN_PRODUCTION", "QUALITY_CHECK",
                "READY_FOR_DELIVERY", "DELIVERED")) {
            HttpResult moved = env.http.post("/api/v1/work-orders/" + workOrderId + "/status",
                    "{\"to\":\"" + status + "\",\"note\":\"step " + status + "\"}", production);
            assertThat(moved.status()).as("%s", moved).isEqualTo(200);
            assertThat(moved.json().get("status").asText()).isEqualTo(status);
        }
        HttpResult delivered = env.http.get("/api/v1/work-orders/" + workOrderId, sales);
        assertThat(delivered.json().get("completedAt").asText()).isNotBlank();
        assertThat(env.http.get("/api/v1/work-orders/" + workOrderId + "/history", sales).json().size()).isEqualTo(7);

        JsonNode stats = env.http.get("/api/v1/stats/quotes?scope=me", sales).json();
        assertThat(stats.get("totalCount").asLong()).isEqualTo(1);
        assertThat(stats.get("totalValue").asText()).isEqualTo("5477.55");
        assertThat(stats.get("byStatus").get("CONVERTED").get("count").asLong()).isEqualTo(1);
        assertThat(stats.get("byStatus").get("CONVERTED").get("value").asText()).isEqualTo("5477.55");
        assertThat(stats.get("byStatus").get("DRAFT").get("count").asLong()).isZero();
        assertThat(stats.get("winRate").asText()).isIn("1", "1.0000");
        assertThat(stats.get("workOrdersByStatus").get("DELIVERED").asLong()).isEqualTo(1);
        assertThat(stats.get("recent").get(0).get("id").asText()).isEqualTo(quoteId);
        assertThat(stats.get("monthly")).hasSize(12);
        assertThat(stats.get("monthly").get(11).get("month").asText()).isEqualTo("2026-03");
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheOriginalAndAnotherBodyWithItIsRefused() {
        Credentials owner = env.bearer(env.otherSales);
        String quoteId = env.accepted(env.otherSales).id().toString();
        String path = "/api/v1/quotes/" + quoteId + "/work-order";
        Map<String, String> key = Map.of("Idempotency-Key", "convert-" + quoteId);
        byte[] body = HttpApi.bytes("{\"priority\":\"URGENT\"}");

        HttpResult first = env.http.send("POST", path, body, HttpApi.JSON, owner, key);
        HttpResult retry = env.http.send("POST", path, body, HttpApi.JSON, owner, key);
        HttpResult otherBody = env.http.send("POST", path, HttpApi.bytes("{\"priority\":\"LOW\"}"), HttpApi.JSON, owner,
                key);
        HttpResult noKey = env.http.send("POST", path, body, HttpApi.JSON, owner, Map.of());

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.contentType()).startsWith("application/problem+json");
        assertThat(noKey.status()).isEqualTo(409);
        assertThat(noKey.header("Location")).isEqualTo(first.header("Location"));
    }

    private static List<HttpResult> concurrently(int n, Supplier<HttpResult> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<HttpResult>> calls = IntStream.range(0, n)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                        return call.get();
                    }, pool)).toList();
            start.countDown();
            return calls.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }
}
