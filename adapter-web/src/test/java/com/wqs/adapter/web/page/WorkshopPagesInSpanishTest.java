package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.OffcutCommand;
import com.wqs.application.port.in.ProductCommand;
import com.wqs.application.port.in.ProductCommand.BomLineCommand;
import com.wqs.application.port.in.ProductCommand.PiecesCommand;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.in.SettingsCommand;
import com.wqs.application.service.UseCases;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.domain.workorder.WorkOrderStatus;
import com.wqs.testing.CatalogFixtures;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workshop's pages over real HTTP for a browser asking for Spanish: the work order (production sheet),
 * its cut list (saw sheet, bar diagram) and the offcut rack say their words in Spanish with {@code lang="es"}
 * and Spanish number formats; asked in English, the same pages still speak English.
 */
class WorkshopPagesInSpanishTest {
    private static PageTestServer server;
    private static HttpClient client;
    private static String cookie;
    private static String productionCookie;
    private static String workOrder;
    private static String orderedWorkOrder;
    private static long offcut;

    @BeforeAll
    static void start() {
        server = new PageTestServer().withCatalogue();
        UseCases useCases = server.useCases();
        Actor admin = server.adminActor();
        // A shop in Spain: Spanish numbers have a decimal comma there (in Mexico they keep the point).
        Settings current = useCases.settings().get(admin);
        useCases.settings().update(admin, new SettingsCommand(current.company(), current.profitMargin(),
                current.indirectRate(), current.taxRate(), current.glassWaste(), current.validityDays(),
                current.currency(), current.zone().getId(), "es-ES", current.terms(), null, current.version()));
        // A fixed frame cut in pieces: two mitred PRF-TOP rails and two mitred PRF-JAMB stiles per window.
        useCases.catalog().createProduct(admin, new ProductCommand("FIX-CUT", "Fixed frame cut in pieces",
                ProductCategory.WINDOW, WindowType.FIXED, 300, 3000, 300, 3000, List.of(
                        new BomLineCommand("PRF-TOP", null, null, "frame rail", null,
                                new PiecesCommand("2", "width_mm", new BigDecimal("45"), new BigDecimal("45"))),
                        new BomLineCommand("PRF-JAMB", null, null, "frame stile", null,
                                new PiecesCommand("2", "height_mm", new BigDecimal("45"), new BigDecimal("45")))),
                true));
        Customer acme = useCases.customers().create(admin, new CustomerCommand("Acme Homes", "buyer@acme.example",
                "+34 600 000 000", "Calle Mayor 1", null, null));
        workOrder = convert(useCases, admin, acme);
        orderedWorkOrder = convert(useCases, admin, acme);
        useCases.workOrders().changeStatus(admin, com.wqs.domain.workorder.WorkOrderId.of(orderedWorkOrder),
                WorkOrderStatus.MATERIALS_ORDERED, "pedido al proveedor");
        offcut = useCases.offcuts().add(admin, new OffcutCommand("PRF-TOP", "WHITE", 1850, "rack 2", null)).id();
        cookie = "wqs_session=" + useCases.authentication().login(PageTestServer.ADMIN_EMAIL,
                PageTestServer.PASSWORD, "127.0.0.1").sessionToken();
        server.addUser("pat@wqs.example", "Pat Production", Role.PRODUCTION);
        productionCookie = "wqs_session=" + useCases.authentication().login("pat@wqs.example",
                PageTestServer.PASSWORD, "127.0.0.1").sessionToken();
        client = HttpClient.newHttpClient();
    }

    private static String convert(UseCases useCases, Actor admin, Customer customer) {
        List<QuoteLine> lines = new ArrayList<>(CatalogFixtures.workedExampleLines());
        lines.add(new WindowLine("FIX-CUT", "GL-CLR6", "WHITE", 1250, 1000, 1, null));
        Quote quote = useCases.createQuote().create(admin, new QuoteCommand(customer.id(), lines,
                RatesCommand.DEFAULTS, null, null));
        useCases.quoteLifecycle().send(admin, quote.id());
        useCases.quoteLifecycle().accept(admin, quote.id());
        WorkOrder order = useCases.convertQuote().convert(admin, quote.id(),
                new WorkOrderDetails(Priority.HIGH, null, "Medir otra vez", ""), null).workOrder();
        return order.id().toString();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theWorkOrderIsAProductionSheetInSpanish() throws Exception {
        Document page = get("/work-orders/" + workOrder, "es-ES,es;q=0.9");

        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.title()).startsWith("Orden de trabajo ");
        assertThat(page.select("h1").text()).startsWith("Orden de trabajo ").endsWith("Pendiente");
        assertThat(page.select(".print-only").text()).contains("Hoja de producción");
        assertThat(page.select("#cut-list-link").text()).isEqualTo("Lista de cortes");
        assertThat(page.select("#to-MATERIALS_ORDERED").text()).isEqualTo("Marcar materiales pedidos");
        assertThat(page.select("#to-CANCELLED").text()).isEqualTo("Cancelar orden de trabajo");
        assertThat(page.select("#to-CANCELLED").attr("data-confirm")).startsWith("¿Cancelar esta orden");
        assertThat(page.select("#status-note").attr("placeholder")).isEqualTo("Nota (opcional)");
        assertThat(page.select("#details-title").text()).isEqualTo("Datos de producción");
        assertThat(page.select(".badge.p-HIGH").text()).isEqualTo("Alta");
        assertThat(page.select("#work-order-lines th").eachText()).contains("Elemento", "Vidrio / color", "Medida");
        assertThat(page.select("#work-order-lines").text()).contains("1500 × 1200 mm", "1250 × 1000 mm",
                "3 cartuchos");
        assertThat(page.select("figure.drawing figcaption").first().text())
                .isEqualTo("Las posiciones de vidrio L1-A, L1-B, … son las celdas de este dibujo.");
        assertThat(page.select("#materials-title").text()).isEqualTo("Lista de materiales");
        assertThat(page.select("#profiles th").eachText()).contains("Perfil", "Barras cotizadas");
        assertThat(page.select("#glass-panes th").eachText()).contains("Posición", "Piezas", "m² c/u");
        // 1,8 m² of glass for a 1500 × 1200 mm pane, with the decimal comma of Spain
        assertThat(page.select("#glass-panes td.num").eachText()).contains("1,8");
        assertThat(page.select("#materials-title + .grid h3").eachText()).containsExactly("Perfiles", "Vidrios",
                "Herrajes", "Consumibles");
        assertThat(page.select("#history-title").text()).isEqualTo("Historial de estados");
        assertThat(page.select("#work-order-history li strong").text()).isEqualTo("Pendiente");
        assertThat(page.select("#work-order-history .when").text()).endsWith("· Ada Admin (tú)");
        assertThat(page.text()).doesNotContain("Materials list", "Move to the next status", "Glass panes",
                "Status timeline", "Production details");
    }

    @Test
    void aMovedWorkOrderShowsItsTimelineInSpanish() throws Exception {
        Document page = get("/work-orders/" + orderedWorkOrder, "es");

        assertThat(page.select("#work-order-status").text()).isEqualTo("Materiales pedidos");
        assertThat(page.select("#work-order-history li strong").eachText())
                .containsExactly("Pendiente → Materiales pedidos", "Pendiente");
        assertThat(page.select("#to-MATERIALS_RECEIVED").text()).isEqualTo("Marcar materiales recibidos");

        Document workshop = get("/work-orders/" + orderedWorkOrder, "es", productionCookie);
        assertThat(workshop.select("#work-order-history .when").eachText()).allMatch(
                when -> when.endsWith("· un compañero"));
    }

    @Test
    void theCutListIsASawSheetInSpanish() throws Exception {
        Document page = get("/work-orders/" + workOrder + "/cut-list", "es");

        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.title()).startsWith("Lista de cortes");
        assertThat(page.select("h1").text()).startsWith("Lista de cortes WO-");
        assertThat(page.select(".print-only").text()).contains("Hoja de corte");
        assertThat(page.select("#cut-summary").text()).contains("barras nuevas a cortar", "retazos del estante",
                "ancho de corte");
        assertThat(page.select("#cut-preview").text()).startsWith("Vista previa");
        assertThat(page.select("#release-cut-list-submit").text()).isEqualTo("Entregar al taller");
        assertThat(page.select("#release-cut-list-submit").attr("title")).contains("ajustes de corte");
        assertThat(page.select("label[for=kerfMm]").text()).isEqualTo("Ancho de corte de la sierra (mm)");
        assertThat(page.select("label[for=mitreAllowanceMm]").text()).contains("inglete");
        assertThat(page.select("#cut-profiles th").eachText()).contains("Perfil", "Barras a cortar", "Desperdicio");
        assertThat(page.select("#cut-profiles td[data-label=Desperdicio]").eachText())
                .allMatch(cell -> cell.endsWith(" %"));
        assertThat(page.select(".saw-list caption").first().text()).isEqualTo("Lista de sierra, en orden de corte");
        assertThat(page.select(".saw-list th").eachText()).contains("Barra", "Corte", "Largo", "Ángulos", "Pieza",
                "Sobrante");
        assertThat(page.select(".saw-list td[data-label='Ángulos']").eachText()).contains("45° / 45°");
        assertThat(page.select(".saw-list td[data-label=Largo]").eachText()).allMatch(cell -> cell.endsWith(" mm"));
        assertThat(page.select("svg.cut-bars").attr("aria-label")).contains(" de 6000 mm");
        assertThat(page.select("figure.cut-diagram figcaption").first().text()).startsWith("Azul: piezas");
        assertThat(page.text()).doesNotContain("Bars per profile", "Saw list", "Release to workshop", "Waste");
    }

    @Test
    void aBadCuttingSettingIsRefusedInSpanish() throws Exception {
        HttpResponse<String> refused = send("/work-orders/" + workOrder + "/cut-list?kerfMm=fino", "es", cookie);
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());

        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.select("#cut-list-error").text())
                .isEqualTo("Ancho de corte de la sierra (mm): debe ser un número entero");
        assertThat(page.select("#kerfMm").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aReleasedCutListSaysSoInSpanish() throws Exception {
        Document page = get("/work-orders/" + orderedWorkOrder + "/cut-list", "es");

        assertThat(page.select("#cut-released").text()).startsWith("Entregada al taller el");
        assertThat(page.select("#release-cut-list")).isEmpty();
    }

    @Test
    void theOffcutRackInSpanish() throws Exception {
        Document page = get("/offcuts", "es-MX,es;q=0.8");

        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.title()).startsWith("Estante de retazos");
        assertThat(page.select("h1").text()).isEqualTo("Estante de retazos");
        assertThat(page.select("#offcut-summary").text()).contains("retazo(s)", "mm en total");
        assertThat(page.select("form[role=search]").attr("aria-label")).isEqualTo("Filtrar retazos");
        assertThat(page.select("#filter-state option").eachText()).containsExactly("Disponible", "Usado",
                "Descartado", "Todos");
        assertThat(page.select("#add-offcut-title").text()).isEqualTo("Poner un retazo en el estante");
        assertThat(page.select("label[for=lengthMm]").text()).isEqualTo("Largo (mm)");
        assertThat(page.select("#add-offcut-submit").text()).isEqualTo("Añadir retazo");
        String row = "#offcut-" + offcut;
        assertThat(page.select(row).text()).contains("PRF-TOP", "1850 mm", "Disponible", "rack 2");
        assertThat(page.select(row + " summary").text()).isEqualTo("Corregir");
        assertThat(page.select(row + " form[action$=discard]").attr("aria-label")).startsWith("Retirar ");
        assertThat(page.select("#discard-" + offcut).text()).isEqualTo("Retirar del estante");
        assertThat(page.text()).doesNotContain("Offcut rack", "Available", "Take off the rack");
    }

    @Test
    void inEnglishThePagesStillSpeakEnglish() throws Exception {
        Document order = get("/work-orders/" + workOrder, "en-GB,en;q=0.9");
        assertThat(order.select("html").attr("lang")).isEqualTo("en");
        assertThat(order.select("h1").text()).startsWith("Work order ").endsWith("Pending");
        assertThat(order.select("#to-MATERIALS_ORDERED").text()).isEqualTo("Mark materials ordered");
        assertThat(order.select("#materials-title").text()).isEqualTo("Materials list");
        assertThat(order.select("#work-order-lines").text()).contains("3 cartridges");
        assertThat(order.select("#work-order-history .when").text()).endsWith("· Ada Admin (you)");
        assertThat(order.select("#glass-panes td.num").eachText()).contains("1.8");

        Document cut = get("/work-orders/" + workOrder + "/cut-list", "en");
        assertThat(cut.select("html").attr("lang")).isEqualTo("en");
        assertThat(cut.select("#profiles-title").text()).isEqualTo("Bars per profile");
        assertThat(cut.select(".saw-list caption").first().text()).isEqualTo("Saw list, in cutting order");
        assertThat(cut.select("svg.cut-bars").attr("aria-label")).contains(" of 6000 mm");
        assertThat(cut.text()).doesNotContain("Lista de cortes", "Desperdicio");

        Document rack = get("/offcuts", "en");
        assertThat(rack.select("html").attr("lang")).isEqualTo("en");
        assertThat(rack.select("h1").text()).isEqualTo("Offcut rack");
        assertThat(rack.select("#offcut-" + offcut).text()).contains("1850 mm", "Available");
        assertThat(rack.select("#filter-state option").eachText()).containsExactly("Available", "Consumed",
                "Discarded", "All");
    }

    private static Document get(String path, String language) throws IOException, InterruptedException {
        return get(path, language, cookie);
    }

    private static Document get(String path, String language, String cookie)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(path, language, cookie);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static HttpResponse<String> send(String path, String language, String cookie)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Cookie", cookie)
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
