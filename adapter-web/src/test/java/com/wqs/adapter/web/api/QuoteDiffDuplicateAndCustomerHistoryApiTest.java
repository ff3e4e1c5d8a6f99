package com.wqs.adapter.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.WindowLine;
import com.wqs.testing.CustomerBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The revision diff, quote duplication and the customer history over real HTTP on the SQLite server. */
class QuoteDiffDuplicateAndCustomerHistoryApiTest {
    private static final String V1 = "/api/v1";
    private WebTestServer env;
    private Credentials sales;
    private Credentials otherSales;
    private Credentials production;
    private Credentials admin;

    @BeforeEach
    void start() {
        env = WebTestServer.start();
        sales = env.bearer(env.sales);
        otherSales = env.bearer(env.otherSales);
        production = env.bearer(env.production);
        admin = env.bearer(env.admin);
    }

    @AfterEach
    void stop() {
        env.close();
    }

    /** Revision 1 sent at 5477.55; the draft of revision 2 has three windows, no sealant, glass at 130.00. */
    private Quote revisedDraft() {
        Quote sent = env.sent(env.sales);
        env.useCases.quoteLifecycle().revise(env.sales.asActor(), sent.id());
        Material glass = env.store.materials().findByCode("GL-CLR6").orElseThrow();
        env.useCases.catalog().updateMaterial(env.admin.asActor(), glass.id(), new MaterialCommand(glass.code(),
                glass.name(), glass.category(), glass.unit(), new BigDecimal("130.00"), glass.stockLengthM(),
                glass.active(), glass.colourCosts()), glass.version());
        return env.useCases.updateQuote().update(env.sales.asActor(), sent.id(), new QuoteCommand(env.customer.id(),
                List.of(new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 3, null)),
                WebTestServer.WORKED_EXAMPLE_RATES, null, "Delivery in April"));
    }

    @Test
    void theDiffShowsWhatChangedAndSplitsTheTotalExactly() {
        Quote draft = revisedDraft();

        HttpResult answer = env.http.get(V1 + "/quotes/" + draft.id() + "/diff", sales);

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        JsonNode diff = answer.json();
        assertThat(diff.get("fromRevision").asInt()).isEqualTo(1);
        assertThat(diff.get("toRevision").asInt()).isEqualTo(2);
        assertThat(diff.get("toDraft").asBoolean()).isTrue();
        JsonNode changed = diff.get("changed").get(0);
        assertThat(changed.get("code").asText()).isEqualTo("SLD-2L");
        assertThat(changed.get("fields").get(0).get("field").asText()).isEqualTo("quantity");
        assertThat(changed.get("fields").get(0).get("before").asText()).isEqualTo("2");
        assertThat(changed.get("fields").get(0).get("after").asText()).isEqualTo("3");
        assertThat(diff.get("removed").get(0).get("code").asText()).isEqualTo("CN-SIL");
        assertThat(diff.get("added")).isEmpty();
        assertThat(diff.get("rates")).isEmpty();
        JsonNode totals = diff.get("totals");
        assertThat(totals.get("previous").asText()).isEqualTo("5477.55");
        assertThat(totals.get("current").asText()).isEqualTo("7748.42");
        assertThat(totals.get("withNewLines").asText()).isEqualTo("7660.93");
        assertThat(totals.get("withNewRates").asText()).isEqualTo("7660.93");
        assertThat(totals.get("linesEffect").asText()).isEqualTo("2183.38");
        assertThat(totals.get("ratesEffect").asText()).isEqualTo("0.00");
        assertThat(totals.get("catalogueEffect").asText()).isEqualTo("87.49");
        assertThat(totals.get("change").asText()).isEqualTo("2270.87");
        assertThat(env.http.get(V1 + "/quotes/" + draft.id() + "/diff?from=1", sales).json()).isEqualTo(diff);
        assertThat(env.http.get(V1 + "/quotes/" + draft.id() + "/diff", admin).status()).isEqualTo(200);
    }

    @Test
    void theDiffIsForThoseWhoMaySeeTheQuote() {
        Quote draft = revisedDraft();
        String path = V1 + "/quotes/" + draft.id() + "/diff";

        assertThat(env.http.get(path, Credentials.NONE).status()).isEqualTo(401);
        assertThat(env.http.get(path, otherSales).status()).isEqualTo(404);
        assertThat(env.http.get(path, production).status()).isEqualTo(404);
        env.useCases.quoteLifecycle().send(env.sales.asActor(), draft.id());
        assertThat(env.http.get(path, production).status()).isEqualTo(200);
        HttpResult badFrom = env.http.get(path + "?from=2", sales);
        assertThat(badFrom.status()).isEqualTo(400);
        assertThat(badFrom.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
        HttpResult nothingEarlier = env.http.get(V1 + "/quotes/" + env.sent(env.sales).id() + "/diff", sales);
        assertThat(nothingEarlier.status()).isEqualTo(409);
    }

    @Test
    void aDuplicateIsANewDraftForTheSameOrAnotherCustomer() {
        Quote sent = env.sent(env.sales);
        Customer other = env.useCases.customers().create(env.sales.asActor(),
                new com.wqs.application.port.in.CustomerCommand("Other Homes", null, null, null, null, null));

        HttpResult same = env.http.post(V1 + "/quotes/" + sent.id() + "/duplicate", null, sales);
        HttpResult another = env.http.post(V1 + "/quotes/" + sent.id() + "/duplicate",
                "{\"customerId\":\"" + other.id() + "\"}", admin);

        assertThat(same.status()).as("%s", same).isEqualTo(201);
        JsonNode copy = same.json();
        assertThat(same.header("Location")).isEqualTo(V1 + "/quotes/" + copy.get("id").asText());
        assertThat(copy.get("status").asText()).isEqualTo("DRAFT");
        assertThat(copy.get("number").asText()).isNotEqualTo(sent.number());
        assertThat(copy.get("customerId").asText()).isEqualTo(env.customer.id().toString());
        assertThat(copy.get("ownerId").asText()).isEqualTo(env.sales.id().toString());
        assertThat(copy.get("pricing").get("total").asText()).isEqualTo("5477.55");
        assertThat(another.status()).as("%s", another).isEqualTo(201);
        assertThat(another.json().get("customerId").asText()).isEqualTo(other.id().toString());
        assertThat(another.json().get("ownerId").asText()).isEqualTo(env.admin.id().toString());
    }

    @Test
    void aDuplicateIsRefusedToThoseWhoMayNotAndForLinesThatNoLongerPrice() {
        Quote sent = env.sent(env.sales);
        String path = V1 + "/quotes/" + sent.id() + "/duplicate";
        assertThat(env.http.post(path, null, Credentials.NONE).status()).isEqualTo(401);
        assertThat(env.http.post(path, null, otherSales).status()).isEqualTo(404);
        assertThat(env.http.post(path, null, production).status()).isEqualTo(403);

        Product slider = env.store.products().findByCode("SLD-2L").orElseThrow();
        env.store.transactions().run(() -> env.store.products().update(new Product(slider.id(), slider.code(),
                slider.name(), slider.category(), slider.windowType(), slider.minWidthMm(), slider.maxWidthMm(),
                slider.minHeightMm(), slider.maxHeightMm(), slider.bom(), slider.layout(), false, slider.version())));
        long before = quoteCount();

        HttpResult refused = env.http.post(path, null, sales);

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("lines[0].productCode");
        assertThat(error.get("message").asText()).contains("SLD-2L", "inactive");
        assertThat(quoteCount()).isEqualTo(before);
    }

    @Test
    void theCustomerHistoryFollowsTheQuoteVisibilityRules() {
        Quote accepted = env.accepted(env.sales);
        env.rejected(env.sales);
        Quote adminDraft = env.draft(env.admin);
        String path = V1 + "/customers/" + env.customer.id() + "/history";

        HttpResult forSales = env.http.get(path, sales);
        HttpResult forAdmin = env.http.get(path, admin);
        HttpResult forOther = env.http.get(path, otherSales);
        HttpResult forProduction = env.http.get(path, production);

        assertThat(forSales.status()).as("%s", forSales).isEqualTo(200);
        JsonNode history = forSales.json();
        assertThat(history.get("customer").get("name").asText()).isEqualTo("Acme Homes");
        assertThat(numbers(history)).hasSize(2).contains(accepted.number()).doesNotContain(adminDraft.number());
        assertThat(history.get("acceptedValue").asText()).isEqualTo("5477.55");
        assertThat(history.get("winRate").asText()).isEqualTo("0.5000");
        assertThat(history.get("lastContact").isTextual()).isTrue();
        assertThat(history.get("workOrders")).isEmpty();
        assertThat(numbers(forAdmin.json())).hasSize(3).contains(adminDraft.number());
        assertThat(numbers(forOther.json())).isEmpty();
        assertThat(forOther.json().get("winRate").isNull()).isTrue();
        assertThat(forOther.json().get("lastContact").isNull()).isTrue();
        assertThat(numbers(forProduction.json())).hasSize(2);
        assertThat(env.http.get(path, Credentials.NONE).status()).isEqualTo(401);
        assertThat(env.http.get(V1 + "/customers/" + CustomerBuilder.aCustomer().build().id() + "/history", admin)
                .status()).isEqualTo(404);
    }

    private static List<String> numbers(JsonNode history) {
        List<String> numbers = new ArrayList<>();
        history.get("quotes").forEach(q -> numbers.add(q.get("number").asText()));
        return numbers;
    }

    private long quoteCount() {
        return env.useCases.findQuotes().list(env.admin.asActor(), QuoteSearch.all(), PageRequest.FIRST).total();
    }
}
