package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.LoginResult;
import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.service.UseCases;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The customer, material and settings forms save with the version they were filled from: when someone saved
 * the record meanwhile, nothing is written and the form comes back (409) as typed, with a "changed meanwhile"
 * notice showing the user's and the stored value of each field that differs, and the stored version in its
 * hidden field, so a second save overwrites deliberately. Before, the form carried no version (customers,
 * materials) and the later save silently replaced the other one, or (settings) the typed values were thrown
 * away.
 */
class ChangedMeanwhilePageTest {
    @Test
    void aStaleCustomerFormIsShownWithBothValuesAndSavesDeliberatelyTheSecondTime() throws Exception {
        try (PageTestServer server = new PageTestServer()) {
            UseCases app = server.useCases();
            Session session = Session.of(server);
            Customer customer = app.customers().create(server.adminActor(),
                    new CustomerCommand("Acme Homes", "buyer@acme.example", "", "", "", "from the first tab"));
            String path = "/customers/" + customer.id();
            assertThat(session.get(path).body()).contains(hiddenVersion(customer.version()));

            Customer meanwhile = app.customers().update(server.adminActor(), customer.id(), new CustomerCommand(
                    "Acme Homes", "buyer@acme.example", "", "", "", "from the other tab"), customer.version());
            Map<String, String> form = new LinkedHashMap<>(Map.of("name", "Acme Homes", "email", "buyer@acme.example",
                    "notes", "typed in this form", "version", Long.toString(customer.version())));

            HttpResponse<String> stale = session.post(path, form);
            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(stale.body()).contains("Changed meanwhile", "customer Acme Homes", "typed in this form",
                    "from the other tab", hiddenVersion(meanwhile.version()));
            assertThat(stale.body()).contains("<th scope=\"row\">Notes</th>").doesNotContain("<th scope=\"row\">Name</th>");
            assertThat(app.customers().get(server.adminActor(), customer.id())).isEqualTo(meanwhile);

            form.put("version", Long.toString(meanwhile.version()));
            HttpResponse<String> deliberate = session.post(path, form);
            assertThat(deliberate.statusCode()).isEqualTo(303);
            assertThat(app.customers().get(server.adminActor(), customer.id()).notes()).isEqualTo("typed in this form");
        }
    }

    @Test
    void aStaleMaterialFormIsRefusedAndKeepsTheOtherSave() throws Exception {
        try (PageTestServer server = new PageTestServer().withCatalogue()) {
            UseCases app = server.useCases();
            Session session = Session.of(server);
            Material material = app.catalog().listMaterials(server.adminActor()).stream()
                    .filter(m -> m.code().equals("CN-SIL")).findFirst().orElseThrow();
            String path = "/catalog/materials/" + material.id();
            assertThat(session.get(path).body()).contains(hiddenVersion(material.version()));
            Material meanwhile = app.catalog().updateMaterial(server.adminActor(), material.id(), new MaterialCommand(
                    material.code(), material.name(), material.category(), material.unit(), new BigDecimal("7.25"),
                    material.stockLengthM(), material.active(), material.colourCosts()), material.version());

            HttpResponse<String> stale = session.post(path, Map.of("code", material.code(), "name", material.name(),
                    "category", material.category().name(), "unit", material.unit().name(), "unitCost", "9.99",
                    "active", "on", "version", Long.toString(material.version())));

            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(stale.body()).contains("Changed meanwhile", "<th scope=\"row\">Unit cost</th>", "9.99", "7.25",
                    hiddenVersion(meanwhile.version()));
            assertThat(app.catalog().getMaterial(server.adminActor(), material.id()).unitCost())
                    .isEqualByComparingTo("7.25");
        }
    }

    @Test
    void aStaleSettingsFormKeepsWhatWasTypedAndShowsTheStoredValues() throws Exception {
        try (PageTestServer server = new PageTestServer().withCatalogue()) {
            UseCases app = server.useCases();
            Session session = Session.of(server);
            Settings read = app.settings().get(server.adminActor());
            assertThat(session.get("/settings").body()).contains(hiddenVersion(read.version()));
            Settings meanwhile = app.settings().update(server.adminActor(), new com.wqs.application.port.in
                    .SettingsCommand(read.company(), read.profitMargin(), read.indirectRate(), read.taxRate(),
                    read.glassWaste(), read.validityDays(), read.currency(), read.zone().getId(),
                    read.locale().toLanguageTag(), "Terms from the other tab", null, read.version()));
            SettingsForm typed = SettingsForm.of(read);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("name", typed.name());
            form.put("profitMargin", typed.profitMargin());
            form.put("indirectRate", typed.indirectRate());
            form.put("taxRate", typed.taxRate());
            form.put("glassWaste", typed.glassWaste());
            form.put("validityDays", typed.validityDays());
            form.put("currency", typed.currency());
            form.put("zone", typed.zone());
            form.put("locale", typed.locale());
            form.put("terms", "Terms typed here");
            form.put("cutting.kerfMm", typed.kerfMm());
            form.put("cutting.trimMm", typed.trimMm());
            form.put("cutting.mitreAllowanceMm", typed.mitreAllowanceMm());
            form.put("cutting.minOffcutMm", typed.minOffcutMm());
            form.put("version", typed.version());

            HttpResponse<String> stale = session.post("/settings", form);

            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(stale.body()).contains("Changed meanwhile", "<th scope=\"row\">Terms</th>", "Terms typed here",
                    "Terms from the other tab", hiddenVersion(meanwhile.version()));
            assertThat(app.settings().get(server.adminActor()).terms()).isEqualTo("Terms from the other tab");
        }
    }

    private static String hiddenVersion(long version) {
        return "name=\"version\" value=\"" + version + "\"";
    }

    /** An admin's signed-in browser session, posting forms with its CSRF token. */
    private record Session(PageTestServer server, HttpClient client, String cookie, String csrf) {
        static Session of(PageTestServer server) {
            LoginResult login = server.useCases().authentication().login(PageTestServer.ADMIN_EMAIL,
                    PageTestServer.PASSWORD, "127.0.0.1");
            return new Session(server, HttpClient.newHttpClient(), "wqs_session=" + login.sessionToken(),
                    login.csrfToken());
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
