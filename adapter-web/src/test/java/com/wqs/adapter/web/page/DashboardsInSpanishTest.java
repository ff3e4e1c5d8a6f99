package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.WebConfig;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.domain.user.User;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the quote dashboard, the production dashboard and the work order list over real HTTP, for a browser
 * asking for Spanish ({@code Accept-Language: es}) and for one asking for English: the page's language, its
 * headings, figures' labels, the chart's months, tooltips and table, statuses and priorities, the list's filters.
 */
class DashboardsInSpanishTest {
    private static WebTestServer env;
    private static WorkOrder late;

    @BeforeAll
    static void start() {
        env = WebTestServer.start(WebConfig.defaults(), useCases -> List.of(new PageRoutes(useCases)),
                WebTestServer.TEST_PDF);
        // START is Tuesday 2026-03-10: a work order due on the 6th is late.
        late = env.workOrder(env.sales);
        env.useCases.workOrders().update(env.admin.asActor(), late.id(),
                new WorkOrderDetails(Priority.HIGH, LocalDate.of(2026, 3, 6), "", ""));
        env.sent(env.sales);
        env.draft(env.sales);
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void theQuoteDashboardInSpanish() {
        Document page = page("/dashboard", env.sales, "es-ES,es;q=0.9");

        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.title()).startsWith("Panel ·");
        assertThat(page.select("main h1").text()).isEqualTo("Panel");
        assertThat(page.select(".subtitle").text()).isEqualTo("Tus cotizaciones");
        assertThat(page.select("nav.view-switch a").eachText()).containsExactly("Cotizaciones", "Producción");
        assertThat(page.select("#kpi-total .label").text()).isEqualTo("Cotizaciones");
        assertThat(page.select("#kpi-total .hint").text()).startsWith("por un valor de ");
        assertThat(page.select("#kpi-pipeline .label").text()).isEqualTo("En curso (enviadas)");
        assertThat(page.select("#kpi-pipeline .hint").text()).isEqualTo("1 esperando respuesta");
        assertThat(page.select("#kpi-win-rate .label").text()).isEqualTo("Tasa de éxito");
        assertThat(page.select("#kpi-average .hint").text()).isEqualTo("0 vencen en los próximos 7 días");
        assertThat(page.select("h2").eachText()).contains("Cotizaciones por estado", "Órdenes de trabajo por estado",
                "Cotizaciones creadas en los últimos 12 meses", "Cotizaciones más recientes",
                "Vencen en los próximos 7 días (0)");
        assertThat(page.select("#quotes-by-status li[data-status=DRAFT] .badge").text()).isEqualTo("Borrador");
        assertThat(page.select("#work-orders-by-status tr[data-status=PENDING] .badge").text()).isEqualTo("Pendiente");
        assertThat(page.select("#recent-quotes thead th").eachText())
                .containsExactly("Número", "Cliente", "Estado", "Total");
        assertThat(page.select("#recent-quotes td[data-label=Estado] .badge").eachText()).contains("Borrador");
        assertThat(page.select("label[for=from]").text()).isEqualTo("Creadas desde");
        assertThat(page.select(".filters button[type=submit]").text()).isEqualTo("Aplicar periodo");

        assertThat(page.select("#chart-desc").text())
                .isEqualTo("Cotizaciones creadas cada mes en los últimos 12 meses: 3 en total.");
        assertThat(page.select(".chart svg > text").eachText()).contains("mar.", "abr.");
        assertThat(page.select("rect.bar title").last().text()).startsWith("marzo de 2026: 3 cotizaciones, ");
        assertThat(page.select("rect.bar title").first().text()).startsWith("abril de 2025: 0 cotizaciones, ");
        assertThat(page.select("#monthly-table caption").text())
                .isEqualTo("Cotizaciones creadas cada mes en los últimos 12 meses, con su valor");
        assertThat(page.select("#monthly-table thead th").eachText())
                .containsExactly("Mes", "Cotizaciones", "Valor");
        assertThat(page.select("#monthly-table tbody th").last().text()).isEqualTo("marzo de 2026");
        assertThat(page.select("details summary").text()).isEqualTo("Ver las cifras en una tabla");
        assertThat(page.text()).doesNotContain("Quotes by status", "Win rate", "Most recent quotes", "March");
    }

    @Test
    void theQuoteDashboardInEnglish() {
        Document page = page("/dashboard?scope=all", env.admin, "en-US,en;q=0.9");

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("main h1").text()).isEqualTo("Dashboard");
        assertThat(page.select(".subtitle").text()).isEqualTo("Quotes of everyone");
        assertThat(page.select("nav.scope-switch a").eachText()).containsExactly("Mine", "Everyone");
        assertThat(page.select("#kpi-pipeline .hint").text()).isEqualTo("1 awaiting an answer");
        assertThat(page.select("h2").eachText()).contains("Quotes by status", "Most recent quotes");
        assertThat(page.select("#quotes-by-status li[data-status=DRAFT] .badge").text()).isEqualTo("Draft");
        assertThat(page.select("rect.bar title").last().text()).startsWith("March 2026: 3 quotes, ");
        assertThat(page.select("#monthly-table tbody th").last().text()).isEqualTo("March 2026");
        assertThat(page.select(".chart svg > text").eachText()).contains("Mar", "Apr");
        assertThat(page.text()).doesNotContain("Cotizaciones", "marzo");
    }

    @Test
    void aPeriodSaysItsDatesInTheSubtitle() {
        Document spanish = page("/dashboard?from=2026-03-01&to=2026-03-31", env.sales, "es");
        assertThat(spanish.select(".subtitle").text()).startsWith("Tus cotizaciones, creadas del ").contains(" al ");

        Document english = page("/dashboard?from=2026-03-01", env.sales, "en");
        assertThat(english.select(".subtitle").text()).startsWith("Your quotes, created from ");
    }

    @Test
    void theProductionDashboardInSpanish() {
        Document page = page("/dashboard", env.production, "es");

        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.select("main h1").text()).isEqualTo("Panel");
        assertThat(page.select(".subtitle").text()).startsWith("Producción al ")
                .endsWith(": 1 orden de trabajo abierta");
        assertThat(page.select("#kpi-open .label").text()).isEqualTo("Órdenes de trabajo abiertas");
        assertThat(page.select("#kpi-open .hint").text()).isEqualTo("0 sin fecha de entrega");
        assertThat(page.select("#kpi-overdue .label").text()).isEqualTo("Atrasadas");
        assertThat(page.select("#kpi-due-week .label").text()).isEqualTo("Para esta semana");
        assertThat(page.select("#kpi-awaiting .label").text()).isEqualTo("Materiales por pedir");
        assertThat(page.select("h2").eachText()).contains("Órdenes de trabajo por estado", "Atrasadas",
                "Para esta semana", "Próximas entregas", "Materiales por pedir");
        assertThat(page.select("#work-orders-by-status tr[data-status=PENDING] .badge").text()).isEqualTo("Pendiente");
        assertThat(page.select("#overdue caption").text()).isEqualTo("Órdenes de trabajo atrasadas");
        assertThat(page.select("#overdue thead th").eachText())
                .containsExactly("Orden de trabajo", "Cliente", "Estado", "Prioridad", "Entrega");
        assertThat(page.select("#overdue td[data-label=Prioridad] .badge").text()).isEqualTo("Alta");
        assertThat(page.select("#overdue td[data-label=Estado] .badge").text()).isEqualTo("Pendiente");
        assertThat(page.select("#due-this-week-empty").text()).isEqualTo("No hay entregas esta semana.");
        assertThat(page.select("#materials-to-order thead th").eachText())
                .containsExactly("Material", "Categoría", "Color", "Cantidad", "Barras");
        assertThat(page.select("#materials-to-order td[data-label=Categoría]").eachText()).contains("Perfil");
        assertThat(page.select("#materials-to-order td[data-label=Barras]").eachText())
                .anySatisfy(bars -> assertThat(bars).matches("\\d+ × [\\d.,]+ m"));
        assertThat(page.select(".details").first().text())
                .startsWith("Lo que necesita la orden de trabajo pendiente");
        assertThat(page.text()).doesNotContain("Overdue", "Next deliveries", "Materials to order", "Pending");
    }

    @Test
    void theProductionDashboardInEnglish() {
        Document page = page("/dashboard?view=production", env.admin, "en");

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select(".subtitle").text()).endsWith(": 1 open work order");
        assertThat(page.select("nav[aria-label=Dashboard] a").eachText()).containsExactly("Quotes", "Production");
        assertThat(page.select("h2").eachText()).contains("Work orders by status", "Overdue", "Next deliveries");
        assertThat(page.select("#overdue td[data-label=Priority] .badge").text()).isEqualTo("High");
        assertThat(page.select("#materials-to-order td[data-label=Category]").eachText()).contains("Profile");
        assertThat(page.text()).doesNotContain("Atrasadas", "Pendiente");
    }

    @Test
    void theWorkOrderListInSpanishAndEnglish() {
        Document spanish = page("/work-orders?status=PENDING", env.production, "es-MX,es");

        assertThat(spanish.select("html").attr("lang")).isEqualTo("es");
        assertThat(spanish.title()).startsWith("Órdenes de trabajo ·");
        assertThat(spanish.select("main h1").text()).isEqualTo("Órdenes de trabajo");
        assertThat(spanish.select("form.filters").attr("aria-label")).isEqualTo("Filtrar órdenes de trabajo");
        assertThat(spanish.select("label[for=q]").text()).isEqualTo("Número, cotización o cliente");
        assertThat(spanish.select("label[for=status]").text()).isEqualTo("Estado");
        assertThat(spanish.select("#status option").first().text()).isEqualTo("Cualquier estado");
        assertThat(spanish.select("#status option[selected]").text()).isEqualTo("Pendiente");
        assertThat(spanish.select("#priority option").eachText())
                .containsExactly("Cualquier prioridad", "Baja", "Normal", "Alta", "Urgente");
        assertThat(spanish.select("form.filters button").text()).isEqualTo("Filtrar");
        assertThat(spanish.select("#work-order-list thead th").eachText()).containsExactly("Lista de cortes",
                "Número", "Cotización", "Cliente", "Estado", "Prioridad", "Entrega estimada");
        assertThat(spanish.select("#work-order-list td[data-label=Estado] .badge").text()).isEqualTo("Pendiente");
        assertThat(spanish.select("#work-order-list td[data-label=Prioridad] .badge").text()).isEqualTo("Alta");
        assertThat(spanish.select("#cut-" + late.id()).attr("aria-label"))
                .isEqualTo("Añadir " + late.number() + " a la lista de cortes");
        assertThat(spanish.select("#batch-cut-list button").text())
                .isEqualTo("Lista de cortes de las órdenes de trabajo seleccionadas");

        Document none = page("/work-orders?q=nothing-like-this", env.production, "es");
        assertThat(none.select("p.empty").text()).isEqualTo("Ninguna orden de trabajo coincide.");

        Document english = page("/work-orders", env.production, "en");
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("main h1").text()).isEqualTo("Work orders");
        assertThat(english.select("#status option").first().text()).isEqualTo("Any status");
        assertThat(english.select("#priority option").eachText())
                .containsExactly("Any priority", "Low", "Normal", "High", "Urgent");
        assertThat(english.select("#work-order-list td[data-label=Priority] .badge").text()).isEqualTo("High");
        assertThat(english.select("#cut-" + late.id()).attr("aria-label"))
                .isEqualTo("Add " + late.number() + " to the cut list");
    }

    private static Document page(String path, User user, String acceptLanguage) {
        HttpResult result = env.http.send("GET", path, null, null, env.session(user),
                Map.of("Accept-Language", acceptLanguage));
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        return Jsoup.parse(result.text());
    }
}
