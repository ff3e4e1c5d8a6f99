package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.QuoteDeliveryUseCase.SentQuote;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.in.SettingsCommand;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.Language;
import com.wqs.testing.CatalogFixtures;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a customer gets is in the customer's language: a Spanish customer of an English installation gets the
 * quote PDF, the customer link page ({@code lang="es"}, whatever the browser asks) and the e-mail in Spanish,
 * with amounts and dates in Spanish and the installation's currency; an English customer of a Spanish
 * installation gets them in English.
 */
class CustomerDocumentsInSpanishTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private GreenMail smtp;
    private PageTestServer server;

    @BeforeEach
    void start() {
        int smtpPort = CustomerMailDeliveryTest.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        server = new PageTestServer(List.of(), 0, Clock.systemUTC(), port -> CustomerMailDeliveryTest.mail(smtpPort))
                .withCatalogue();
    }

    @AfterEach
    void stop() {
        server.close();
        smtp.stop();
    }

    @Test
    void aSpanishCustomerGetsTheQuotePdfTheLinkPageAndTheMailInSpanish() throws Exception {
        Settings settings = server.useCases().settings().get(server.adminActor());
        assertThat(Language.of(settings.locale())).as("the installation speaks English").isEqualTo(Language.ENGLISH);
        SentQuote sent = sendQuoteTo(Language.SPANISH);
        DisplayFormat spanish = new DisplayFormat(settings, Language.SPANISH);
        String total = spaces(spanish.money(sent.quote().pricing().total()));
        String number = sent.quote().number();

        MimeMessage mail = deliveredMail();
        assertThat(mail.getSubject()).isEqualTo("Cotización " + number + " de Ventanas del Norte");
        assertThat(plainText(mail)).contains("Estimado/a Cliente Prueba:", "nuestra cotización " + number,
                "por un total de " + total, "válida hasta el", "Atentamente,").doesNotContain("Dear", "Kind regards");

        String pdf = pdfText(CustomerMailDeliveryTest.pdfAttachment(mail));
        assertThat(pdf).contains("COTIZACIÓN", "Número", "Revisión", "Válida hasta", "PREPARADA PARA", "N.º", "Descripción",
                "Medidas", "Precio unitario", "Importe", "Subtotal", "Impuestos (", "Total (USD)",
                "Opcional — no incluida", "Página 1 de 1", total, spaces(spanish.date(sent.quote().validUntil())),
                spaces(spanish.number(1500) + " × " + spanish.number(1200) + " mm"))
                .doesNotContain("QUOTE", "Valid until", "PREPARED FOR", "Unit price", "Optional", "Page 1 of");

        // The page follows the customer's language even when the browser asks for English.
        String page = get(linkPath(sent), "en-US,en;q=0.9");
        assertThat(page).contains("<html lang=\"es\">", "Cotización " + number, "Qué incluye",
                "Aceptar esta cotización", "Su nombre completo", "Rechazar la cotización", "Descargar el PDF",
                "Opcional — no incluida", total)
                .doesNotContain("What is included", "Accept this quote", "Download the PDF", "Optional");
        assertThat(pdfText(getBytes(linkPath(sent) + "/pdf"))).as("the PDF behind the link").contains("COTIZACIÓN");
    }

    @Test
    void anEnglishCustomerOfASpanishInstallationGetsEnglish() throws Exception {
        Settings settings = useSpanishInstallation();
        SentQuote sent = sendQuoteTo(Language.ENGLISH);
        DisplayFormat english = new DisplayFormat(settings, Language.ENGLISH);
        String total = spaces(english.money(sent.quote().pricing().total()));
        String number = sent.quote().number();

        MimeMessage mail = deliveredMail();
        assertThat(mail.getSubject()).isEqualTo("Quote " + number + " from Ventanas del Norte");
        assertThat(plainText(mail)).contains("Dear Cliente Prueba,", "for a total of " + total).doesNotContain("Estimado");

        String pdf = pdfText(CustomerMailDeliveryTest.pdfAttachment(mail));
        assertThat(pdf).contains("QUOTE", "Valid until", "PREPARED FOR", "Unit price", "Total (EUR)",
                "Optional — not included", "Page 1 of 1", total, spaces(english.date(sent.quote().validUntil())))
                .doesNotContain("COTIZACIÓN", "Válida hasta", "Opcional");

        String page = get(linkPath(sent), "es-ES,es;q=0.9");
        assertThat(page).contains("<html lang=\"en\">", "What is included", "Accept this quote", total)
                .doesNotContain("Qué incluye", "Aceptar esta cotización");
    }

    @Test
    void aCustomerWithoutALanguageGetsTheInstallationsAndTheLinkPageTheBrowsers() throws Exception {
        Settings settings = useSpanishInstallation();
        SentQuote sent = sendQuoteTo(null);

        MimeMessage mail = deliveredMail();
        assertThat(mail.getSubject()).startsWith("Cotización ");
        assertThat(pdfText(CustomerMailDeliveryTest.pdfAttachment(mail))).contains("COTIZACIÓN",
                spaces(new DisplayFormat(settings, Language.SPANISH).money(sent.quote().pricing().total())));

        assertThat(get(linkPath(sent), null)).contains("<html lang=\"es\">", "Qué incluye");
        assertThat(get(linkPath(sent), "en-GB")).contains("<html lang=\"en\">", "What is included");
    }

    @Test
    void aSpanishCustomersRefusedAnswersAreExplainedInSpanish() throws Exception {
        SentQuote sent = sendQuoteTo(Language.SPANISH);
        String page = get(linkPath(sent), "en");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> unconfirmed = post(linkPath(sent) + "/accept", "_csrf=" + csrf.group(1) + "&revision=1&fullName=");
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("Escriba su nombre completo para aceptar.",
                "Marque la casilla para confirmar que acepta esta cotización.").doesNotContain("type your full name");

        HttpResponse<String> stale = post(linkPath(sent) + "/accept",
                "_csrf=" + csrf.group(1) + "&revision=7&fullName=Ana&confirm=yes");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Esta página mostraba una revisión anterior; vuelva a cargarla para ver la revisión 1.");

        HttpResponse<String> forged = post(linkPath(sent) + "/reject", "_csrf=forged&revision=1&reason=caro");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("El formulario está desactualizado");
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Settings useSpanishInstallation() {
        Settings current = server.useCases().settings().get(server.adminActor());
        return server.useCases().settings().update(server.adminActor(), new SettingsCommand(current.company(),
                current.profitMargin(), current.indirectRate(), current.taxRate(), current.glassWaste(),
                current.validityDays(), "EUR", "Europe/Madrid", "es-ES", current.terms(), null, current.version()));
    }

    private SentQuote sendQuoteTo(Language language) {
        Customer customer = server.useCases().customers().create(server.adminActor(), new CustomerCommand(
                "Cliente Prueba", "cliente@example.com", "", "Calle Mayor 1, Madrid", "", "", language));
        List<QuoteLine> lines = List.of(
                new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, null),
                new MaterialLine("CN-SIL", new BigDecimal("3"), null),
                new MaterialLine("CN-SIL", new BigDecimal("2"), null, LineOption.optional(false)));
        Quote quote = server.useCases().createQuote().create(server.adminActor(), new QuoteCommand(customer.id(),
                lines, RatesCommand.DEFAULTS, null, ""));
        return server.useCases().quoteDelivery().send(server.adminActor(), quote.id());
    }

    private MimeMessage deliveredMail() {
        assertThat(server.useCases().outbox().deliverDue()).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String linkPath(SentQuote sent) {
        return sent.linkUrl().substring(sent.linkUrl().indexOf("/p/"));
    }

    /** The page at {@code path} (200), its text with the formats' no-break spaces as plain spaces. */
    private String get(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return spaces(response.body());
    }

    private byte[] getBytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The PDF's text, with PDF spacing and the formats' no-break spaces as plain spaces. */
    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return spaces(new PDFTextStripper().getText(document));
        }
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return spaces((String) part.getContent());
        }
        if (part.getContent() instanceof Multipart parts) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                text.append(plainText(child));
            }
            return text.toString();
        }
        return "";
    }

    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("[ \\t]+", " ");
    }
}
