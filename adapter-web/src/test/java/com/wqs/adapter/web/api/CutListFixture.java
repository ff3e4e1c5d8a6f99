package com.wqs.adapter.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Work orders with profile pieces, made over the API: two-leaf sliders whose sash rails (PRF-TOP, mitred) and
 * stiles (PRF-JAMB, square) are BOM pieces cut from 6 m bars, two 3000 × 1200 windows per work order.
 */
final class CutListFixture {
    static final String V1 = "/api/v1";

    private final WebTestServer env;
    private final Credentials admin;
    private final Credentials sales;

    CutListFixture(WebTestServer env) {
        this.env = env;
        this.admin = env.bearer(env.admin);
        this.sales = env.bearer(env.sales);
    }

    /** Per sash: 2 rails of {@code railLength} mitred (PRF-TOP) and 2 stiles of cell height − 12 square (PRF-JAMB). */
    void product(String code, String railLength) {
        String body = """
                {"code":"%s","name":"Slider %s","category":"WINDOW","windowType":"SLIDING",
                 "minWidthMm":800,"maxWidthMm":3000,"minHeightMm":600,"maxHeightMm":2500,
                 "bom":[{"materialCode":"PRF-TOP","wasteFactor":"1.05","description":"sash rail","scope":"EACH_SASH",
                         "pieces":{"count":"2","lengthMm":"%s","startAngle":45,"endAngle":45}},
                        {"materialCode":"PRF-JAMB","description":"sash stile","scope":"EACH_SASH",
                         "pieces":{"count":"2","lengthMm":"cell_height_mm - 12"}},
                        {"materialCode":"HW-ROLL","formula":"2","scope":"EACH_SASH"}],
                 "layout":{"defaultLayout":"V[SL,SR]","minCellMm":200}}""".formatted(code, code, railLength);
        HttpResult created = env.http.post(V1 + "/products", body, admin);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
    }

    /** A work order converted from an accepted quote of two WHITE windows of the product; its id. */
    String workOrder(String productCode) {
        HttpResult quote = env.http.post(V1 + "/quotes", "{\"customerId\":\"" + env.customer.id()
                + "\",\"lines\":[{\"type\":\"WINDOW\",\"productCode\":\"" + productCode + "\",\"glassCode\":\"GL-CLR6\","
                + "\"colour\":\"WHITE\",\"widthMm\":3000,\"heightMm\":1200,\"quantity\":2}]}", sales);
        assertThat(quote.status()).as("%s", quote).isEqualTo(201);
        String id = quote.json().get("id").asText();
        assertThat(env.http.post(V1 + "/quotes/" + id + "/send", null, sales).status()).isEqualTo(200);
        assertThat(env.http.post(V1 + "/quotes/" + id + "/accept", null, sales).status()).isEqualTo(200);
        HttpResult converted = env.http.post(V1 + "/quotes/" + id + "/work-order", "{\"priority\":\"HIGH\"}", sales);
        assertThat(converted.status()).as("%s", converted).isEqualTo(201);
        return converted.json().get("id").asText();
    }

    String number(String workOrderId) {
        return env.http.get(V1 + "/work-orders/" + workOrderId, admin).json().get("number").asText();
    }

    static int pieces(JsonNode cutList) {
        int pieces = 0;
        for (JsonNode profile : cutList.get("profiles")) {
            for (JsonNode bar : profile.get("bars")) {
                pieces += bar.get("cuts").size();
            }
        }
        return pieces;
    }

    static Map<String, JsonNode> byCode(JsonNode profiles) {
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        profiles.forEach(p -> byCode.put(p.get("materialCode").asText(), p));
        return byCode;
    }

    static List<String> fields(HttpResult result) {
        List<String> fields = new ArrayList<>();
        result.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
