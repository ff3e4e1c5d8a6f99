package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.WebConfig;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 3: each role its own dashboard. PRODUCTION sees its work orders (by status, overdue, due this
 * week, next deliveries, materials to order), never quote figures; SALES and ADMIN keep the quote statistics and
 * switch to production; ADMIN's quote figures default to everyone.
 */
class ProductionDashboardTest {
    private static WebTestServer env;
    private static WorkOrder late;
    private static WorkOrder dueThisWeek;

    @BeforeAll
    static void start() {
        env = WebTestServer.start(WebConfig.defaults(), useCases -> List.of(new PageRoutes(useCases)),
                WebTestServer.TEST_PDF);
        // START is Tuesday 2026-03-10.
        late = withDelivery(env.workOrder(env.sales), LocalDate.of(2026, 3, 6));
        dueThisWeek = withDelivery(env.workOrder(env.otherSales), LocalDate.of(2026, 3, 13));
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void productionSeesItsWorkOrdersNotQuoteFigures() {
        Document page = page("/dashboard", env.production);

        assertThat(page.select("#kpi-open .value").text()).isEqualTo("2");
        assertThat(page.select("#overdue").text()).contains(late.number()).doesNotContain(dueThisWeek.number());
        assertThat(page.select("#due-this-week").text()).contains(dueThisWeek.number());
        assertThat(page.select("#next-deliveries").text()).contains(dueThisWeek.number());
        assertThat(page.select("#work-orders-by-status tr[data-status=PENDING] .count").text()).isEqualTo("2");
        assertThat(page.select("#materials-to-order tbody tr")).isNotEmpty();
        assertThat(page.select("a[href^=/cut-lists?workOrders=]").attr("href"))
                .contains(late.id().toString(), dueThisWeek.id().toString());
        assertThat(page.select("#kpi-win-rate, #quotes-by-status")).isEmpty();
        assertThat(page.select("nav[aria-label=Dashboard]")).isEmpty();
    }

    @Test
    void salesKeepTheirQuoteFiguresAndSeeTheirOwnWorkOrdersOnTheProductionView() {
        Document quotes = page("/dashboard", env.sales);
        assertThat(quotes.select("#kpi-win-rate")).isNotEmpty();
        assertThat(quotes.select(".subtitle").text()).startsWith("Your quotes");

        Document production = page("/dashboard?view=production", env.sales);
        assertThat(production.select("#kpi-open .value").text()).isEqualTo("1");
        assertThat(production.select("#overdue").text()).contains(late.number());
        assertThat(production.select("#due-this-week-empty")).isNotEmpty();
    }

    @Test
    void anAdminsQuoteFiguresDefaultToEveryone() {
        assertThat(page("/dashboard", env.admin).select(".subtitle").text()).startsWith("Quotes of everyone");
        assertThat(page("/dashboard?scope=me", env.admin).select(".subtitle").text()).startsWith("Your quotes");
        assertThat(page("/dashboard?view=production", env.admin).select("#kpi-open .value").text()).isEqualTo("2");
    }

    @Test
    void theApiGivesTheSameOverview() {
        HttpResult result = env.http.get("/api/v1/stats/production", env.bearer(env.production));
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        JsonNode overview = result.json();
        assertThat(overview.get("today").asText()).isEqualTo("2026-03-10");
        assertThat(overview.get("weekEnd").asText()).isEqualTo("2026-03-15");
        assertThat(overview.get("open").asLong()).isEqualTo(2);
        assertThat(overview.get("byStatus").get("PENDING").asLong()).isEqualTo(2);
        assertThat(overview.get("overdue").get(0).get("number").asText()).isEqualTo(late.number());
        assertThat(overview.get("dueThisWeek").get(0).get("number").asText()).isEqualTo(dueThisWeek.number());
        assertThat(overview.get("materialsToOrder").size()).isPositive();

        JsonNode own = env.http.get("/api/v1/stats/production", env.bearer(env.sales)).json();
        assertThat(own.get("open").asLong()).isEqualTo(1);
    }

    private static WorkOrder withDelivery(WorkOrder order, LocalDate delivery) {
        return env.useCases.workOrders().update(env.admin.asActor(), order.id(),
                new WorkOrderDetails(Priority.NORMAL, delivery, "", ""));
    }

    private static Document page(String path, com.wqs.domain.user.User user) {
        HttpResult result = env.http.get(path, env.session(user));
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        return Jsoup.parse(result.text());
    }
}
