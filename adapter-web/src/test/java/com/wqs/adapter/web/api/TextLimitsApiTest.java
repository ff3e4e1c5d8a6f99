package com.wqs.adapter.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.domain.shared.TextLimits;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The API refuses text over its limit naming the field, and JSON bodies over 1 MiB with a 413 problem. */
@Tag("reliability")
class TextLimitsApiTest {
    private static final String HUGE = "x".repeat(100_000);
    private static WebTestServer env;

    @BeforeAll
    static void start() {
        env = WebTestServer.start();
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void aProductNameOfAHundredThousandCharactersIsA400NamingTheFieldAndNothingIsStored() {
        String body = Requests.product("LONG-NAME").replace("\"Fixed window\"", "\"" + HUGE + "\"");

        HttpResult result = env.http.post("/api/v1/products", body, env.bearer(env.admin));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.contentType()).startsWith("application/problem+json");
        assertThat(fields(result)).containsExactly("name");
        assertThat(result.json().get("errors").get(0).get("message").asText())
                .isEqualTo(TextLimits.tooLong(TextLimits.NAME));
        assertThat(env.http.get("/api/v1/products", env.bearer(env.admin)).text()).doesNotContain("LONG-NAME");
    }

    @Test
    void aQuoteLineColourOfAHundredThousandCharactersIsA400NamingTheLine() {
        String body = "{\"customerId\":\"" + env.customer.id() + "\",\"lines\":[" + Requests.windowLine()
                .replaceFirst("\"colour\":\"[^\"]*\"", "\"colour\":\"" + HUGE + "\"") + "]}";

        HttpResult result = env.http.post("/api/v1/quotes", body, env.bearer(env.sales));

        assertThat(result.status()).as(result.text().substring(0, Math.min(300, result.text().length())))
                .isEqualTo(400);
        assertThat(fields(result)).containsExactly("lines[0].colour");
    }

    @Test
    void aJsonBodyOverOneMebibyteIsA413ProblemWithTheRequestId() {
        String body = "{\"name\":\"" + "x".repeat(JsonCodec.MAX_BODY_BYTES) + "\"}";

        for (HttpResult result : List.of(
                env.http.post("/api/v1/customers", body, env.bearer(env.sales)),
                env.http.sendChunked("POST", "/api/v1/customers", HttpApi.bytes(body), HttpApi.JSON,
                        env.bearer(env.sales), Map.of()))) {
            assertThat(result.status()).isEqualTo(413);
            assertThat(result.contentType()).startsWith("application/problem+json");
            JsonNode problem = result.json();
            assertThat(problem.get("status").asInt()).isEqualTo(413);
            assertThat(problem.get("requestId").asText()).isEqualTo(result.header("X-Request-Id")).isNotBlank();
        }
    }

    private static List<String> fields(HttpResult result) {
        return result.json().get("errors").findValuesAsText("field");
    }
}
