package com.wqs.adapter.cli.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.HttpResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An installation loaded by {@code wqs demo} (its catalogue, customers and users), and the quote bodies
 * the reliability tests send: window lines of the demo's products within their size ranges, and a
 * material line, varied by a seed so two writes are told apart by their content.
 */
public final class DemoInstallation {
    public static final String ADMIN = "admin@demo.local";
    public static final String PASSWORD = "demo-password";

    private DemoInstallation() {
    }

    /** Runs {@code wqs <database> demo} to its end. */
    public static void load(Path directory, List<String> database) {
        List<String> arguments = new ArrayList<>(database);
        arguments.add("demo");
        WqsProcess.run("demo", directory, arguments);
    }

    /** The id of one of the demo's customers. */
    public static String aCustomerId(HttpApi http, Credentials credentials) {
        HttpResult customers = http.get("/api/v1/customers?size=1", credentials);
        if (customers.status() != 200) {
            throw new AssertionError("customers: " + customers);
        }
        JsonNode first = customers.json().get("items").get(0);
        return first.get("id").asText();
    }

    /** A draft's content: 1 to 3 lines chosen by {@code seed}; {@code version} null leaves it out. */
    public static String quoteBody(String customerId, long seed, String notes, Long version) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        int windows = 1 + random.nextInt(2);
        for (int i = 0; i < windows; i++) {
            lines.add("{\"type\":\"WINDOW\",\"productCode\":\"SLD-2L\",\"glassCode\":\"GL-CLR-6\",\"colour\":\"WHITE\","
                    + "\"widthMm\":" + (800 + random.nextInt(2200)) + ",\"heightMm\":" + (600 + random.nextInt(1900))
                    + ",\"quantity\":" + (1 + random.nextInt(4)) + "}");
        }
        if (random.nextBoolean()) {
            lines.add("{\"type\":\"MATERIAL\",\"materialCode\":\"CN-SIL\",\"quantity\":\"" + (1 + random.nextInt(9)) + "\"}");
        }
        return "{\"customerId\":\"" + customerId + "\",\"lines\":[" + String.join(",", lines) + "],\"notes\":\""
                + notes + "\"" + (version == null ? "" : ",\"version\":" + version) + "}";
    }
}
