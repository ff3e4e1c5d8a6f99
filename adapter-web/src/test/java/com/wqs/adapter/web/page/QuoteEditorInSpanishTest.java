package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.i18n.Messages;
import com.wqs.adapter.web.i18n.ValidationTexts;
import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.LoginResult;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.shared.Language;
import com.wqs.domain.user.Role;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The quote editor over real HTTP for a Spanish browser ({@code Accept-Language: es}) and an English one: the
 * page's words, the texts its script says, and the errors of a posted form next to their fields, all in the
 * page's language; the JSON API's messages stay English whatever the language.
 */
class QuoteEditorInSpanishTest {
    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);
    private static final Messages SPANISH = Messages.of(Language.SPANISH);

    @Test
    void theEditorSpeaksTheBrowsersLanguage() throws Exception {
        try (PageTestServer server = new PageTestServer().withCatalogue()) {
            Session session = Session.of(server);

            String spanish = session.get("/quotes/new", "es").body();
            assertThat(spanish).contains("<html lang=\"es\"", "<h1>Nueva cotización</h1>", "Elija un cliente",
                    "Añadir ventana", "Añadir material", "Crear borrador", "Margen de beneficio (%)",
                    "Añada líneas para ver el precio.", "Línea de ventana", "Ancho (mm)", "Elija un vidrio",
                    "Dividir la celda en vertical", "oscilobatiente, bisagras a la izquierda",
                    "data-text-correct=\"Corrija los campos marcados para ver el precio.\"",
                    "data-text-whole-number=\"debe ser un número entero\"", "<dt>Base imponible</dt>");
            assertThat(spanish).doesNotContain("Add window", "Create draft", "Choose a customer", "Width (mm)",
                    "Line price", "<h3>");

            String english = session.get("/quotes/new", "en").body();
            assertThat(english).contains("<html lang=\"en\"", "<h1>New quote</h1>", "Choose a customer",
                    "Add window", "Create draft", "Window line", "Width (mm)", "casement hinged left",
                    "data-text-correct=\"Correct the highlighted fields to see the price.\"", "<dt>Taxable</dt>");
            assertThat(english).doesNotContain("Nueva cotización", "Añadir ventana");
        }
    }

    @Test
    void aFormPostedWithBadFieldsShowsEachErrorNextToItsFieldInThePagesLanguage() throws Exception {
        try (PageTestServer server = new PageTestServer().withCatalogue()) {
            Session session = Session.of(server);
            String notANumber = windowLine("abc");

            HttpResponse<String> spanish = session.post("/quotes", notANumber, "es");
            assertThat(spanish.statusCode()).isEqualTo(400);
            assertThat(spanish.body()).contains("<html lang=\"es\"", "Corrija los campos marcados.",
                    "data-error-for=\"lines[0].widthMm\">debe ser un número entero</span>",
                    "<li>Línea 1, ancho: debe ser un número entero</li>");
            assertThat(spanish.body()).doesNotContain("must be a whole number", "Please correct");

            HttpResponse<String> english = session.post("/quotes", notANumber, "en");
            assertThat(english.statusCode()).isEqualTo(400);
            assertThat(english.body()).contains("Please correct the highlighted fields.",
                    "data-error-for=\"lines[0].widthMm\">must be a whole number</span>",
                    "<li>Line 1, width: must be a whole number</li>");
            assertThat(english.body()).doesNotContain("debe ser");

            // The core's own checks: no customer, and a width outside the product's sizes.
            String tooNarrow = windowLine("100");
            String checked = session.post("/quotes", tooNarrow, "es").body();
            assertThat(checked).contains("data-error-for=\"customerId\">es obligatorio</span>",
                    "data-error-for=\"lines[0].widthMm\">debe estar entre 800 y 3000 mm para SLD-2L</span>");
            assertThat(session.post("/quotes", tooNarrow, "en").body()).contains(
                    "data-error-for=\"customerId\">is required</span>",
                    "data-error-for=\"lines[0].widthMm\">must be between 800 and 3000 mm for SLD-2L</span>");
        }
    }

    @Test
    void liveErrorsOfTheEditorAreInThePagesLanguageButTheApiStaysEnglish() throws Exception {
        try (PageTestServer server = new PageTestServer().withCatalogue()) {
            Session session = Session.of(server);

            HttpResponse<String> drawing = session.post("/quotes/drawing", windowLine("100"), "es");
            assertThat(drawing.statusCode()).isEqualTo(400);
            assertThat(drawing.body()).contains("debe estar entre 800 y 3000 mm para SLD-2L");

            String json = "{\"lines\":[{\"type\":\"WINDOW\",\"productCode\":\"SLD-2L\",\"glassCode\":\"GL-CLR6\","
                    + "\"widthMm\":100,\"heightMm\":1000,\"quantity\":1}]}";
            HttpResponse<String> api = session.send(session.request("/api/v1/quotes/price", "es")
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build());
            assertThat(api.statusCode()).isEqualTo(400);
            assertThat(api.body()).contains("must be between 800 and 3000 mm for SLD-2L").doesNotContain("debe");
        }
    }

    @Test
    void theBreakdownIsInThePagesLanguageAndANoDiscountHasNoMinus() throws Exception {
        try (PageTestServer server = new PageTestServer().withCatalogue()) {
            var app = server.useCases();
            Customer customer = app.customers().create(server.adminActor(),
                    new CustomerCommand("Acme Homes", "buyer@acme.example", "", "", "", ""));
            Quote draft = app.createQuote().create(server.adminActor(), new QuoteCommand(customer.id(),
                    List.of(new MaterialLine("CN-SIL", BigDecimal.ONE, null)), null, null, ""));
            Session session = Session.of(server);

            String spanish = session.get("/quotes/" + draft.id(), "es").body();
            assertThat(spanish).contains("Materiales", "Mano de obra", "Descuento (0 %)", "Base imponible");
            assertThat(spanish).contains("data-amount=\"discount\">").doesNotContain("data-amount=\"discount\">−");
            String english = session.get("/quotes/" + draft.id(), "en").body();
            assertThat(english).contains("Discount (0 %)", "Taxable").doesNotContain("data-amount=\"discount\">−");

            String editor = session.get("/quotes/" + draft.id() + "/edit", "es").body();
            assertThat(editor).contains("Editar la cotización " + draft.number(), "Revisión 1 (borrador)")
                    .doesNotContain("data-amount=\"discount\">−");
        }
    }

    @Test
    void theEditorsScriptSaysItsWordsInSpanish() {
        try (PageTestServer server = new PageTestServer().withCatalogue(); Browser browser = Browser.spanishDesktop()) {
            server.addUser("elena@wqs.example", "Elena Editora", Role.SALES);
            SignedInBrowser.signIn(browser, server, "elena@wqs.example", "/quotes/new");
            browser.find("#add-window").click();
            new Select(browser.find("[id='lines[0].productCode']")).selectByValue("SLD-2L");
            new Select(browser.find("[id='lines[0].glassCode']")).selectByValue("GL-CLR6");
            browser.find("[id='lines[0].heightMm']").sendKeys("1200");

            browser.find("[id='lines[0].widthMm']").sendKeys("abc");
            browser.waitFor(d -> browser.text("[id='lines[0].widthMm-error']").equals("debe ser un número entero"));
            assertThat(browser.text("#pricing-status")).isEqualTo("Corrija los campos marcados para ver el precio.");

            browser.find("[id='lines[0].widthMm']").sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, "100");
            browser.waitFor(d -> browser.text("[id='lines[0].widthMm-error']")
                    .equals("debe estar entre 800 y 3000 mm para SLD-2L"));

            browser.find("[id='lines[0].widthMm']").sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, "1500");
            browser.waitFor(d -> browser.text("#pricing-status").equals("Precio calculado con el catálogo actual."));
            assertThat(browser.text("[id='lines[0].widthMm-error']")).isEmpty();
            assertThat(browser.text("[data-amount='discount']")).doesNotStartWith("\u2212");
        }
    }

    @Test
    void everyValidationTextIsRecognisedByItsEnglishWordsAndSaidInSpanish() {
        for (String key : ENGLISH.keys()) {
            if (!key.startsWith(ValidationTexts.PREFIX)) {
                continue;
            }
            Object[] values = {"V0", "V1", "V2"};
            String english = ENGLISH.text(key, values);
            assertThat(ValidationTexts.message(ENGLISH, english)).as(key).isEqualTo(english);
            String spanish = ValidationTexts.message(SPANISH, english);
            assertThat(spanish).as(key).isEqualTo(SPANISH.text(key, values)).doesNotContain("{");
        }
        assertThat(ValidationTexts.message(SPANISH, "must be between 1 and 100")).isEqualTo("debe estar entre 1 y 100");
        assertThat(ValidationTexts.message(SPANISH, "must be at most 200 characters"))
                .isEqualTo("debe tener como máximo 200 caracteres");
        assertThat(ValidationTexts.message(SPANISH, "a message nobody has a text for"))
                .isEqualTo("a message nobody has a text for");
    }

    private static String windowLine(String width) {
        return "customerId=&lines%5B0%5D.type=WINDOW&lines%5B0%5D.productCode=SLD-2L"
                + "&lines%5B0%5D.glassCode=GL-CLR6&lines%5B0%5D.widthMm=" + width
                + "&lines%5B0%5D.heightMm=1000&lines%5B0%5D.quantity=1";
    }

    /** The admin signed in, sending requests with the session cookie and its CSRF token. */
    private record Session(HttpClient client, PageTestServer server, String cookie, String csrf) {
        static Session of(PageTestServer server) {
            LoginResult login = server.useCases().authentication().login(PageTestServer.ADMIN_EMAIL,
                    PageTestServer.PASSWORD, "127.0.0.1");
            return new Session(HttpClient.newHttpClient(), server, "wqs_session=" + login.sessionToken(),
                    login.csrfToken());
        }

        HttpRequest.Builder request(String path, String language) {
            return HttpRequest.newBuilder(URI.create(server.url(path))).header("Cookie", cookie)
                    .header("Accept-Language", language).header("X-CSRF-Token", csrf);
        }

        HttpResponse<String> get(String path, String language) throws Exception {
            return send(request(path, language).GET().build());
        }

        HttpResponse<String> post(String path, String form, String language) throws Exception {
            return send(request(path, language).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf,
                            StandardCharsets.UTF_8) + "&" + form)).build());
        }

        HttpResponse<String> send(HttpRequest request) throws Exception {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response;
        }
    }
}
