package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.testing.CatalogFixtures;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT} of customers, materials, products and settings with the version the client read, as for
 * quotes ({@link QuoteVersionTest}): two clients read version v and both replace the record; the second
 * gets 409 {@code <entity>.stale} with {@code currentVersion} v + 1, and the stored record is the first
 * one's. Before, the services wrote with the version they had just read themselves, so the second client
 * silently overwrote the first (a lost update); a replace without a version is now a 400 naming it.
 */
class RecordVersionTest {
    @Test
    void theSecondReplaceOfACustomerIsRefused() {
        try (WebTestServer env = WebTestServer.start()) {
            twoClientsReplace(env, env.bearer(env.sales), "/api/v1/customers/" + env.customer.id(), "customer",
                    "notes", notes -> Requests.customer("Acme Homes").replace("\"notes\":\"\"", "\"notes\":\"" + notes + "\""));
        }
    }

    @Test
    void theSecondReplaceOfAMaterialIsRefused() {
        try (WebTestServer env = WebTestServer.start()) {
            twoClientsReplace(env, env.bearer(env.admin), "/api/v1/materials/" + CatalogFixtures.HW_ROLL.id(),
                    "material", "name", name -> Requests.material("HW-ROLL").replace("\"Handle\"", "\"" + name + "\""));
        }
    }

    @Test
    void theSecondReplaceOfAProductIsRefused() {
        try (WebTestServer env = WebTestServer.start()) {
            String code = "FIX-1";
            twoClientsReplace(env, env.bearer(env.admin), "/api/v1/products/" + CatalogFixtures.FIX_1.id(), "product",
                    "name", name -> Requests.product(code).replace("\"Fixed window\"", "\"" + name + "\""));
        }
    }

    @Test
    void theSecondReplaceOfTheSettingsIsRefused() {
        try (WebTestServer env = WebTestServer.start()) {
            twoClientsReplace(env, env.bearer(env.admin), "/api/v1/settings", "settings", "terms",
                    terms -> stripVersion(Requests.settings(0)).replace("\"Net 30\"", "\"" + terms + "\""));
        }
    }

    /** {@code body} makes the record's content with the given text in {@code field}, without a version. */
    private static void twoClientsReplace(WebTestServer env, Credentials who, String path, String entity,
            String field, Function<String, String> body) {
        long read = env.http.get(path, who).json().get("version").asLong();

        HttpResult unversioned = env.http.put(path, body.apply("no version"), who);
        assertThat(unversioned.status()).as(unversioned.toString()).isEqualTo(400);
        assertThat(unversioned.json().get("errors").findValuesAsText("field")).contains("version");

        HttpResult first = env.http.put(path, Requests.withVersion(body.apply("first"), read), who);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("version").asLong()).isEqualTo(read + 1);

        HttpResult second = env.http.put(path, Requests.withVersion(body.apply("second"), read), who);
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("code").asText()).isEqualTo(entity + ".stale");
        assertThat(second.json().get("currentVersion").asLong()).isEqualTo(read + 1);

        JsonNode stored = env.http.get(path, who).json();
        assertThat(stored.get(field).asText()).isEqualTo("first");
        assertThat(stored.get("version").asLong()).isEqualTo(read + 1);

        HttpResult deliberate = env.http.put(path, Requests.withVersion(body.apply("second"), read + 1), who);
        assertThat(deliberate.status()).as(deliberate.toString()).isEqualTo(200);
        assertThat(deliberate.json().get(field).asText()).isEqualTo("second");
    }

    private static String stripVersion(String json) {
        return json.replaceAll(",\"version\":\\d+", "");
    }
}
