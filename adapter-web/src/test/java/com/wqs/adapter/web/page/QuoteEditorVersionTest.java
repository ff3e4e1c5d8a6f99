package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.LoginResult;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.Quote;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quote editor saves with the version the form was filled from: a draft saved by someone else in the
 * meantime is not overwritten (409, the form kept as typed), as on the API.
 */
class QuoteEditorVersionTest {
    @Test
    void savingAStaleEditorIsRefusedAndOverwritesNothing() throws Exception {
        try (PageTestServer server = new PageTestServer().withCatalogue()) {
            var app = server.useCases();
            Customer customer = app.customers().create(server.adminActor(),
                    new CustomerCommand("Acme Homes", "buyer@acme.example", "", "", "", ""));
            Quote draft = app.createQuote().create(server.adminActor(), command(customer, "first"));
            LoginResult login = app.authentication().login(PageTestServer.ADMIN_EMAIL, PageTestServer.PASSWORD,
                    "127.0.0.1");
            HttpClient client = HttpClient.newHttpClient();
            String cookie = "wqs_session=" + login.sessionToken();

            HttpResponse<String> editor = client.send(HttpRequest.newBuilder(URI.create(server.url("/quotes/"
                    + draft.id() + "/edit"))).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(editor.body()).contains("name=\"version\" value=\"" + draft.version() + "\"");

            Quote savedMeanwhile = app.updateQuote().update(server.adminActor(), draft.id(), command(customer, "other tab"));

            HttpResponse<String> stale = client.send(save(server, draft, cookie, login.csrfToken(), customer,
                    draft.version()), HttpResponse.BodyHandlers.ofString());
            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(stale.body()).contains("changed by someone else", "from this form");
            assertThat(app.findQuotes().get(server.adminActor(), draft.id()).notes()).isEqualTo("other tab");

            HttpResponse<String> current = client.send(save(server, draft, cookie, login.csrfToken(), customer,
                    savedMeanwhile.version()), HttpResponse.BodyHandlers.ofString());
            assertThat(current.statusCode()).isEqualTo(303);
            assertThat(app.findQuotes().get(server.adminActor(), draft.id()).notes()).isEqualTo("from this form");
        }
    }

    private static QuoteCommand command(Customer customer, String notes) {
        return new QuoteCommand(customer.id(), List.of(new MaterialLine("CN-SIL", BigDecimal.ONE, null)), null, null,
                notes);
    }

    private static HttpRequest save(PageTestServer server, Quote draft, String cookie, String csrf, Customer customer,
            long version) {
        String form = "_csrf=" + encode(csrf) + "&version=" + version + "&customerId=" + customer.id()
                + "&lines%5B0%5D.type=MATERIAL&lines%5B0%5D.materialCode=CN-SIL&lines%5B0%5D.quantity=3"
                + "&notes=" + encode("from this form");
        return HttpRequest.newBuilder(URI.create(server.url("/quotes/" + draft.id() + "/edit")))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
