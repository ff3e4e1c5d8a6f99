package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.DatabaseSnapshot;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.domain.shared.Language;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The languages of people through the API: {@code PUT /me/language} for one's own pages and a customer's
 * {@code language} for their documents. A language the workplace does not speak is a 400 naming
 * {@code language} and changes nothing.
 */
class PeopleLanguageApiTest {
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
    void aUserChoosesTheirLanguageAndGoesBackToTheBrowsers() {
        HttpResult spanish = env.http.put("/api/v1/me/language", "{\"language\":\"es\"}", env.bearer(env.sales));
        assertThat(spanish.status()).as("%s", spanish).isEqualTo(200);
        assertThat(spanish.json().get("language").asText()).isEqualTo("es");
        assertThat(env.http.get("/api/v1/me", env.bearer(env.sales)).json().get("user").get("language").asText())
                .isEqualTo("es");
        assertThat(env.useCases.authentication().me(env.sales.asActor()).language()).isEqualTo(Language.SPANISH);

        HttpResult english = env.http.put("/api/v1/me/language", "{\"language\":\"en\"}", env.bearer(env.sales));
        assertThat(english.json().get("language").asText()).isEqualTo("en");

        HttpResult none = env.http.put("/api/v1/me/language", "{\"language\":null}", env.bearer(env.sales));
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().get("language").isNull()).isTrue();
        assertThat(env.useCases.authentication().me(env.sales.asActor()).language()).isNull();
    }

    @Test
    void aLanguageTheWorkplaceDoesNotSpeakIsRefusedAndChangesNothing() {
        env.http.put("/api/v1/me/language", "{\"language\":\"es\"}", env.bearer(env.otherSales));
        String before = DatabaseSnapshot.of(env.store);

        for (String body : List.of("{\"language\":\"fr\"}", "{\"language\":\"\"}", "{\"language\":\"klingon\"}")) {
            HttpResult refused = env.http.put("/api/v1/me/language", body, env.bearer(env.otherSales));
            assertThat(refused.status()).as("%s -> %s", body, refused).isEqualTo(400);
            assertThat(fields(refused)).as(body).containsExactly("language");
            assertThat(refused.text()).contains("en or es");
        }

        assertThat(DatabaseSnapshot.of(env.store)).isEqualTo(before);
        assertThat(env.useCases.authentication().me(env.otherSales.asActor()).language()).isEqualTo(Language.SPANISH);
    }

    @Test
    void aCustomersLanguageIsCreatedReadReplacedAndCleared() {
        HttpResult created = env.http.post("/api/v1/customers", withLanguage(Requests.customer("Cocinas Ruiz"), "\"es\""),
                env.bearer(env.sales));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json().get("language").asText()).isEqualTo("es");
        String path = "/api/v1/customers/" + created.json().get("id").asText();
        assertThat(env.http.get(path, env.bearer(env.production)).json().get("language").asText()).isEqualTo("es");

        HttpResult english = env.http.put(path, Requests.withVersion(withLanguage(Requests.customer("Cocinas Ruiz"),
                "\"en\""), created.json().get("version").asLong()), env.bearer(env.sales));
        assertThat(english.status()).as("%s", english).isEqualTo(200);
        assertThat(english.json().get("language").asText()).isEqualTo("en");

        HttpResult cleared = env.http.put(path, Requests.withVersion(Requests.customer("Cocinas Ruiz"),
                english.json().get("version").asLong()), env.bearer(env.sales));
        assertThat(cleared.json().get("language").isNull()).as("absent: the installation's").isTrue();

        HttpResult plain = env.http.post("/api/v1/customers", Requests.customer("Plain Customer"), env.bearer(env.sales));
        assertThat(plain.json().has("language")).isTrue();
        assertThat(plain.json().get("language").isNull()).isTrue();
    }

    @Test
    void aCustomerInALanguageTheWorkplaceDoesNotSpeakIsRefusedAndChangesNothing() {
        HttpResult created = env.http.post("/api/v1/customers", withLanguage(Requests.customer("Vetro Rossi"), "\"es\""),
                env.bearer(env.sales));
        String path = "/api/v1/customers/" + created.json().get("id").asText();
        String before = DatabaseSnapshot.of(env.store);

        HttpResult add = env.http.post("/api/v1/customers", withLanguage(Requests.customer("Fenêtres Dupont"),
                "\"fr\""), env.bearer(env.sales));
        HttpResult replace = env.http.put(path, Requests.withVersion(withLanguage(Requests.customer("Vetro Rossi"),
                "\"it\""), created.json().get("version").asLong()), env.bearer(env.sales));

        for (HttpResult refused : List.of(add, replace)) {
            assertThat(refused.status()).as("%s", refused).isEqualTo(400);
            assertThat(fields(refused)).containsExactly("language");
        }
        assertThat(DatabaseSnapshot.of(env.store)).isEqualTo(before);
        assertThat(env.http.get(path, env.bearer(env.sales)).json().get("language").asText()).isEqualTo("es");
    }

    private static String withLanguage(String customerJson, String language) {
        String object = customerJson.strip();
        return object.substring(0, object.length() - 1) + ",\"language\":" + language + "}";
    }

    private static List<String> fields(HttpResult problem) {
        JsonNode errors = problem.json().path("errors");
        return StreamSupport.stream(errors.spliterator(), false).map(e -> e.get("field").asText()).toList();
    }
}
