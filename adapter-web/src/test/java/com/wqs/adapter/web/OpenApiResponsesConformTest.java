package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.domain.quote.Quote;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the server really sends matches the formats its OpenAPI document declares: every {@code uuid} is a
 * UUID, every {@code date-time} an instant, every {@code decimal} a number, every {@code pattern} matched —
 * checked on the answers of every parameterless JSON {@code GET} and of the routes that read one record.
 * (A customer's tax number was once declared a UUID.)
 */
class OpenApiResponsesConformTest {
    private static WebTestServer env;
    private static JsonNode document;
    private static JsonNode schemas;

    @BeforeAll
    static void start() {
        env = WebTestServer.start();
        document = env.http.get("/openapi.json", Credentials.NONE).json();
        schemas = document.get("components").get("schemas");
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void everyAnswerHasTheDeclaredFormats() {
        Quote sent = env.sent(env.admin);
        Quote accepted = env.accepted(env.admin);
        String workOrder = env.http.post("/api/v1/quotes/" + accepted.id() + "/work-order", "{}",
                env.bearer(env.admin)).json().get("id").asText();
        env.http.post("/api/v1/tokens", "{\"name\":\"conformance\"}", env.bearer(env.admin));
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            if (get != null && !path.getKey().contains("{") && jsonSchema(get) != null && !requiresParameters(get)) {
                paths.add(path.getKey());
            }
        }
        paths.add("/api/v1/quotes/{id}".replace("{id}", sent.id().toString()));
        paths.add("/api/v1/quotes/{id}/history".replace("{id}", sent.id().toString()));
        paths.add("/api/v1/customers/{id}".replace("{id}", env.customer.id().toString()));
        paths.add("/api/v1/work-orders/{id}".replace("{id}", workOrder));
        paths.add("/api/v1/work-orders/{id}/materials".replace("{id}", workOrder));
        paths.add("/api/v1/work-orders/{id}/cut-list".replace("{id}", workOrder));
        paths.add("/api/v1/cut-lists?workOrders=" + workOrder);

        List<String> violations = new ArrayList<>();
        int checkedValues = 0;
        for (String path : paths) {
            String template = templateOf(path);
            JsonNode schema = jsonSchema(document.get("paths").get(template).get("get"));
            HttpResult answer = env.http.get(path, env.bearer(env.admin));
            assertThat(answer.status()).as(path).isEqualTo(200);
            checkedValues += conform(schema, answer.json(), path, violations);
        }

        assertThat(paths).contains("/api/v1/customers", "/api/v1/quotes", "/api/v1/work-orders", "/api/v1/users",
                "/api/v1/tokens");
        assertThat(checkedValues).as("formatted values seen").isGreaterThan(100);
        assertThat(violations).isEmpty();
    }

    private static boolean requiresParameters(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("required").asBoolean()) {
                return true;
            }
        }
        return false;
    }

    private static String templateOf(String path) {
        return path.replaceAll("\\?.*", "").replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}");
    }

    private static JsonNode jsonSchema(JsonNode operation) {
        JsonNode content = operation.path("responses").path("200").path("content").path("application/json");
        return content.isMissingNode() ? null : content.get("schema");
    }

    /** Checks {@code value} against {@code schema}'s formats, adding each mismatch; returns the values checked. */
    private static int conform(JsonNode schema, JsonNode value, String where, List<String> violations) {
        if (value == null || value.isNull()) {
            return 0;
        }
        if (schema.has("$ref")) {
            return conform(schemas.get(schema.get("$ref").asText().substring("#/components/schemas/".length())),
                    value, where, violations);
        }
        if (schema.has("allOf")) {
            int checked = 0;
            for (JsonNode part : schema.get("allOf")) {
                checked += conform(part, value, where, violations);
            }
            return checked;
        }
        if (schema.has("oneOf")) {
            String type = value.path("type").asText();
            String ref = schema.get("discriminator").get("mapping").path(type).asText();
            if (ref.isEmpty()) {
                violations.add(where + ": type " + type + " is not one of " + schema.get("discriminator"));
                return 0;
            }
            return conform(document.at(ref.substring(1)), value, where, violations);
        }
        int checked = 0;
        if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode item : value) {
                checked += conform(schema.get("items"), item, where + "[" + i++ + "]", violations);
            }
            return checked;
        }
        if (value.isObject() && schema.has("properties")) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                JsonNode property = schema.get("properties").get(field.getKey());
                if (property == null) {
                    violations.add(where + "." + field.getKey() + ": sent but not declared");
                } else {
                    checked += conform(property, field.getValue(), where + "." + field.getKey(), violations);
                }
            }
            return checked;
        }
        if (value.isObject() && schema.has("additionalProperties")) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                checked += conform(schema.get("additionalProperties"), field.getValue(), where + "." + field.getKey(),
                        violations);
            }
            return checked;
        }
        String problem = formatProblem(schema, value);
        if (problem != null) {
            String shown = value.toString();
            violations.add(where + " = " + (shown.length() > 80 ? shown.substring(0, 80) + "…" : shown) + ": " + problem);
        }
        return schema.has("format") || schema.has("pattern") ? 1 : 0;
    }

    private static String formatProblem(JsonNode schema, JsonNode value) {
        String type = schema.path("type").asText();
        if (type.equals("integer")) {
            return value.isIntegralNumber() ? null : "not an integer";
        }
        if (type.equals("boolean")) {
            return value.isBoolean() ? null : "not a boolean";
        }
        if (!type.equals("string")) {
            return null;
        }
        if (!value.isTextual()) {
            return "not a string";
        }
        String text = value.asText();
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            return "does not match " + schema.get("pattern").asText();
        }
        try {
            switch (schema.path("format").asText()) {
                case "uuid" -> UUID.fromString(text);
                case "date-time" -> Instant.parse(text);
                case "date" -> LocalDate.parse(text);
                case "decimal" -> new BigDecimal(text);
                default -> {
                    return null;
                }
            }
            return null;
        } catch (RuntimeException e) {
            return "not a " + schema.get("format").asText();
        }
    }
}
