package com.wqs.adapter.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Optional lines and alternatives over real HTTP on SQLite: drafted and priced over the chosen lines, the
 * customer's choice recorded on the sent quote and re-priced from its frozen costs, the work order of the
 * accepted quote holding only the chosen lines; bad options refused naming the field.
 */
class QuoteOptionsApiTest {
    private static final String V1 = "/api/v1";
    private static final String CLEAR = "{\"type\":\"WINDOW\",\"productCode\":\"SLD-2L\",\"glassCode\":\"GL-CLR6\","
            + "\"colour\":\"WHITE\",\"widthMm\":1500,\"heightMm\":1200,\"quantity\":2,\"description\":\"Clear\","
            + "\"alternativeGroup\":\"Glass\",\"chosen\":true}";
    private static final String LOW_E = "{\"type\":\"WINDOW\",\"productCode\":\"SLD-2L\",\"glassCode\":\"GL-LOWE6\","
            + "\"colour\":\"WHITE\",\"widthMm\":1200,\"heightMm\":1000,\"quantity\":1,\"description\":\"Low-E\","
            + "\"alternativeGroup\":\"Glass\"}";
    private static final String CLIPS = "{\"type\":\"MATERIAL\",\"materialCode\":\"HW-CLIP\",\"quantity\":\"10\","
            + "\"description\":\"Clips\",\"optional\":true}";

    private static String quote(WebTestServer env, String... lines) {
        return "{\"customerId\":\"" + env.customer.id() + "\",\"lines\":[" + String.join(",", lines) + "],\"rates\":"
                + Requests.workedExampleRates() + "}";
    }

    private static List<Boolean> included(JsonNode lines) {
        List<Boolean> result = new ArrayList<>();
        lines.forEach(l -> result.add(l.get("included").asBoolean()));
        return result;
    }

    @Test
    void optionsAreDraftedChosenOnTheSentQuoteAndOnlyTheChosenLinesAreMade() {
        try (WebTestServer env = WebTestServer.start()) {
            Credentials sales = env.bearer(env.sales);
            HttpResult created = env.http.post(V1 + "/quotes", quote(env, CLEAR, LOW_E, CLIPS,
                    Requests.materialLine()), sales);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            JsonNode draft = created.json();
            assertThat(draft.get("lines").get(0).get("alternativeGroup").asText()).isEqualTo("Glass");
            assertThat(draft.get("lines").get(2).get("optional").asBoolean()).isTrue();
            assertThat(included(draft.get("lines"))).containsExactly(true, false, false, true);
            assertThat(included(draft.get("pricing").get("lines"))).containsExactly(true, false, false, true);
            HttpResult requiredOnly = env.http.post(V1 + "/quotes/price", "{\"lines\":[" + CLEAR.replace(
                    ",\"alternativeGroup\":\"Glass\",\"chosen\":true", "") + "," + Requests.materialLine() + "],\"rates\":"
                    + Requests.workedExampleRates() + "}", sales);
            assertThat(draft.get("pricing").get("total").asText())
                    .isEqualTo(requiredOnly.json().get("total").asText()).isEqualTo("5477.55");
            assertThat(draft.get("pricing").get("lines").get(1).get("price").asText()).isNotEqualTo("0.00");

            String id = draft.get("id").asText();
            assertThat(env.http.post(V1 + "/quotes/" + id + "/send", null, sales).status()).isEqualTo(200);
            HttpResult chosen = env.http.post(V1 + "/quotes/" + id + "/choice",
                    "{\"revision\":1,\"chosenLines\":[1,2]}", sales);
            assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
            assertThat(chosen.json().get("status").asText()).isEqualTo("SENT");
            assertThat(included(chosen.json().get("pricing").get("lines"))).containsExactly(false, true, true, true);
            String chosenTotal = chosen.json().get("pricing").get("total").asText();
            assertThat(chosenTotal).isNotEqualTo("5477.55");
            JsonNode stored = env.http.get(V1 + "/quotes/" + id, sales).json();
            assertThat(stored.get("pricing").get("total").asText()).isEqualTo(chosenTotal);
            assertThat(stored.get("revisions").get(0).get("total").asText()).isEqualTo(chosenTotal);
            assertThat(included(stored.get("lines"))).containsExactly(false, true, true, true);

            assertThat(env.http.post(V1 + "/quotes/" + id + "/accept", null, sales).status()).isEqualTo(200);
            HttpResult again = env.http.post(V1 + "/quotes/" + id + "/choice", "{\"revision\":1,\"chosenLines\":[0]}",
                    sales);
            assertThat(again.status()).as(again.toString()).isEqualTo(409);
            assertThat(again.json().get("code").asText()).isEqualTo("quote.not_sent");

            HttpResult workOrder = env.http.post(V1 + "/quotes/" + id + "/work-order", "{}", sales);
            assertThat(workOrder.status()).as(workOrder.toString()).isEqualTo(201);
            List<String> made = new ArrayList<>();
            workOrder.json().get("lines").forEach(l -> made.add(l.get("description").asText()));
            assertThat(made).containsExactly("Low-E", "Clips", "Silicone sealant");
            HttpResult materials = env.http.get(V1 + "/work-orders/" + workOrder.json().get("id").asText()
                    + "/materials", sales);
            List<String> glass = new ArrayList<>();
            materials.json().get("glassPanes").forEach(p -> glass.add(p.get("glassCode").asText()));
            assertThat(glass).containsOnly("GL-LOWE6");
        }
    }

    @Test
    void badOptionsAreRefusedNamingTheFieldAndNothingIsSaved() {
        try (WebTestServer env = WebTestServer.start()) {
            Credentials sales = env.bearer(env.sales);

            HttpResult lonely = env.http.post(V1 + "/quotes", quote(env, CLEAR, CLIPS.replace("\"optional\":true",
                    "\"optional\":true,\"alternativeGroup\":\"Glass\"")), sales);
            assertThat(lonely.status()).as(lonely.toString()).isEqualTo(400);
            List<String> fields = new ArrayList<>();
            lonely.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
            assertThat(fields).containsExactly("lines[1].alternativeGroup", "lines[0].alternativeGroup");

            HttpResult noneChosen = env.http.post(V1 + "/quotes", quote(env, CLEAR.replace(",\"chosen\":true", ""),
                    LOW_E), sales);
            assertThat(noneChosen.status()).isEqualTo(400);
            assertThat(noneChosen.json().get("errors").get(0).get("field").asText()).isEqualTo("lines[0].chosen");
            assertThat(env.http.get(V1 + "/quotes", sales).json().get("total").asInt()).isZero();

            String sent = env.sent(env.sales).id().toString();
            HttpResult required = env.http.post(V1 + "/quotes/" + sent + "/choice",
                    "{\"revision\":1,\"chosenLines\":[0]}", sales);
            assertThat(required.status()).isEqualTo(400);
            assertThat(required.json().get("errors").get(0).get("field").asText()).isEqualTo("chosenLines[0]");
            HttpResult otherRevision = env.http.post(V1 + "/quotes/" + sent + "/choice",
                    "{\"revision\":2,\"chosenLines\":[]}", sales);
            assertThat(otherRevision.status()).isEqualTo(409);
            assertThat(otherRevision.json().get("code").asText()).isEqualTo("quote.revision_changed");
        }
    }
}
