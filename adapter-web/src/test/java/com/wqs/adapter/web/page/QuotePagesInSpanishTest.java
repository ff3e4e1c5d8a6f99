package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.LoginResult;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.service.UseCases;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.Language;
import com.wqs.domain.user.Actor;
import com.wqs.testing.CatalogFixtures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quote list, a quote's page (actions, delivery, lines, history, changes since the last revision, the
 * duplicate form), the status badge, the pager and the "changed meanwhile" notice, over real HTTP for a
 * browser asking for Spanish and for one asking for English: the page is {@code lang="es"} with Spanish
 * words and amounts in the Spanish format, and the English page keeps its English words.
 */
class QuotePagesInSpanishTest {
    private static PageTestServer server;
    private static UseCases app;
    private static Actor admin;
    private static Customer customer;
    private static Quote revised;
    private static Quote optional;

    @BeforeAll
    static void start() {
        server = new PageTestServer().withCatalogue();
        app = server.useCases();
        admin = server.adminActor();
        customer = app.customers().create(admin, new CustomerCommand("Acme Homes", "buyer@acme.example",
                "+34 600 000 000", "Calle Mayor 1", "B-12345678", ""));
        Quote sent = app.createQuote().create(admin, new QuoteCommand(customer.id(),
                CatalogFixtures.workedExampleLines(), RatesCommand.DEFAULTS, null, ""));
        app.quoteDelivery().send(admin, sent.id());
        app.quoteLifecycle().revise(admin, sent.id());
        revised = app.updateQuote().update(admin, sent.id(), new QuoteCommand(customer.id(),
                List.of(new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 3, null)), RatesCommand.DEFAULTS,
                null, ""));
        optional = app.createQuote().create(admin, new QuoteCommand(customer.id(), List.of(
                CatalogFixtures.workedExampleLines().get(0),
                CatalogFixtures.workedExampleLines().get(1).withOption(LineOption.optional(false))),
                RatesCommand.DEFAULTS, null, ""));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theQuoteListSpeaksSpanish() throws Exception {
        String page = Session.of("es").get("/quotes").body();

        assertThat(page).contains("<html lang=\"es\">", "<h1>Cotizaciones</h1>", "Nueva cotización",
                "aria-label=\"Filtrar cotizaciones\"", "Número o cliente", "Cualquier estado", "Cualquier cliente",
                "Creada desde", "Ordenar por", "Más recientes primero", "Número descendente", "Solo las mías",
                ">Filtrar</button>", "Válida hasta", "data-label=\"Cliente\"", "rev. 2",
                ">Borrador</span>", "1–2 de 2 cotizaciones", "Página 1 de 1", "aria-label=\"Páginas\"");
        assertThat(page).doesNotContain("Newest first", "Any status", "of 2 quotes", "Page 1 of 1");
    }

    @Test
    void theQuoteListStillSpeaksEnglish() throws Exception {
        String page = Session.of("en").get("/quotes").body();

        assertThat(page).contains("<html lang=\"en\">", "<h1>Quotes</h1>", "New quote", "Number or customer",
                "Any status", "Newest first", "Only mine", ">Draft</span>", "1–2 of 2 quotes", "Page 1 of 1");
        assertThat(page).doesNotContain("Cotizaciones", "Página");
    }

    @Test
    void anEmptyListSaysSoInSpanish() throws Exception {
        String page = Session.of("es").get("/quotes?q=nothing-like-this").body();

        assertThat(page).contains("Ninguna cotización coincide.", "No hay cotizaciones");
    }

    @Test
    void aRevisedQuoteSpeaksSpanishWithItsChangesHistoryAndDelivery() throws Exception {
        String page = Session.of("es").get("/quotes/" + revised.id()).body();
        DisplayFormat spanish = new DisplayFormat(app.settings().get(admin), Language.SPANISH);

        assertThat(page).contains("<html lang=\"es\">", "<title>Cotización " + revised.number(),
                "Cotización " + revised.number() + " <span", ">Borrador</span>", "Revisión 2 · creada el",
                ">Editar</a>", "Acciones", "Cancelar cotización", "¿Cancelar esta cotización? No se puede deshacer.",
                "placeholder=\"Motivo (opcional)\"", "Entrega al cliente", "Enlace del cliente para la revisión 1:",
                "sustituido por la revisión 2", "No hay ningún servidor SMTP configurado", "Cliente",
                "Correo electrónico", "Identificación fiscal",
                "Desglose del precio", "Líneas", "Mano de obra", "Precio unitario", "data-label=\"Medidas\"",
                "Historial", "Borrador → Enviado", "Enviado → Borrador", "Ada Admin (tú)", "Revisiones enviadas",
                "Revisión 1, enviada el", "Duplicar a los precios de hoy", "Nuevo borrador para");
        assertThat(page).contains("Cambios desde la revisión 1", "Modificada", "cantidad: 2 → 3", "Eliminada",
                "(revisión 1)", "Precios del catálogo", "Ahora (borrador)",
                spanish.money(revised.pricing().total()), spanish.number(1500) + " × " + spanish.number(1200) + " mm",
                // three 1.5 × 1.2 m windows: 5.4 m², 16.2 m of perimeter
                "Ventanas: 3 · superficie " + spanish.number(new java.math.BigDecimal("5.40")) + " m² · perímetro "
                        + spanish.number(new java.math.BigDecimal("16.20")) + " m · "
                        + spanish.money(com.wqs.domain.shared.Money.of(revised.pricing().total().amount()
                                .divide(new java.math.BigDecimal("5.40"), 2, java.math.RoundingMode.HALF_UP)))
                        + " por m²");
        assertThat(page).doesNotContain("Changes since", "quantity:", "Send again", "History", "Price breakdown",
                "(you)");
    }

    @Test
    void theSameQuoteStillSpeaksEnglish() throws Exception {
        String page = Session.of("en").get("/quotes/" + revised.id()).body();

        assertThat(page).contains("<html lang=\"en\">", "Quote " + revised.number(), "Revision 2 · created",
                "Changes since revision 1", "quantity: 2 → 3", "Now (draft)", "Catalogue prices", "Draft → Sent",
                "Ada Admin (you)", "Customer link for revision 1:", "replaced by revision 2",
                "No SMTP server is configured", "Duplicate at today's prices", "Price breakdown");
        assertThat(page).doesNotContain("Cotización", "Historial");
    }

    @Test
    void aSentQuoteOffersItsActionsInSpanish() throws Exception {
        Quote sent = app.quoteLifecycle().send(admin, optional.id());
        Session spanish = Session.of("es");
        String page = spanish.get("/quotes/" + sent.id()).body();

        assertThat(page).contains(">Enviado</span>", "Marcar como aceptada", "Marcar como rechazada",
                "Motivo del rechazo", "Revisar (nueva revisión en borrador)", "Elección del cliente",
                "Registrar la elección", "Opcional — no incluida", "title=\"no incluida en el total\"",
                "El total es el de las líneas elegidas", "Línea 2:");

        HttpResponse<String> accepted = spanish.post("/quotes/" + sent.id() + "/accept", Map.of());
        assertThat(accepted.statusCode()).isEqualTo(303);
        String acceptedPage = spanish.get("/quotes/" + sent.id()).body();
        assertThat(acceptedPage).contains("Convertir en orden de trabajo", "Prioridad", ">Normal</option>",
                ">Urgente</option>", "Entrega estimada", "Notas de producción", "Instrucciones de entrega",
                "Crear orden de trabajo", "Enviado → Aceptado");
        assertThat(Session.of("en").get("/quotes/" + sent.id()).body()).contains("Convert to a work order",
                ">Urgent</option>", "Create work order", "Optional — not included", "Sent → Accepted");
    }

    @Test
    void aStaleCustomerFormSaysInSpanishWhatChangedMeanwhile() throws Exception {
        Customer stale = app.customers().create(admin, new CustomerCommand("Birch Builders", "", "", "", "", "first"));
        Customer meanwhile = app.customers().update(admin, stale.id(), new CustomerCommand("Birch Builders", "", "",
                "", "", "from the other tab"), stale.version());
        Map<String, String> form = Map.of("name", "Birch Builders", "notes", "typed here", "version",
                Long.toString(stale.version()));

        HttpResponse<String> spanish = Session.of("es").post("/customers/" + stale.id(), form);
        assertThat(spanish.statusCode()).isEqualTo(409);
        assertThat(spanish.body()).contains("Cambiado mientras tanto", "No se guardó nada.",
                "(versión " + meanwhile.version() + ")", "<th scope=\"col\">Tu valor</th>",
                "<th scope=\"row\">Notas</th>", "typed here", "from the other tab");

        HttpResponse<String> english = Session.of("en").post("/customers/" + stale.id(), form);
        assertThat(english.body()).contains("Changed meanwhile", "Nothing was saved.", "<th scope=\"row\">Notes</th>",
                "<th scope=\"col\">Your value</th>");
    }

    /** The admin signed in from a browser asking for {@code language}, posting forms with the CSRF token. */
    private record Session(HttpClient client, String cookie, String csrf, String language) {
        static Session of(String language) {
            LoginResult login = server.useCases().authentication().login(PageTestServer.ADMIN_EMAIL,
                    PageTestServer.PASSWORD, "127.0.0.1");
            return new Session(HttpClient.newHttpClient(), "wqs_session=" + login.sessionToken(), login.csrfToken(),
                    language);
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> response = client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response;
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(server.url(path))).header("Cookie", cookie)
                    .header("Accept-Language", language);
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
