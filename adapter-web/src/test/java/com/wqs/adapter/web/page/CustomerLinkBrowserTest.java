package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.adapter.web.mail.SmtpMailSender;
import com.wqs.adapter.web.mail.SmtpSettings;
import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.out.MailDelivery;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.delivery.CustomerLink;
import com.wqs.domain.delivery.CustomerResponse.Decision;
import com.wqs.domain.pricing.PricingEngine;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.testing.CatalogFixtures;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The customer's side in a real browser: the seller sends from the quote page, the customer opens the link
 * from the e-mail GreenMail received on a phone-sized screen, accepts, and the quote is ACCEPTED with the
 * proof; a revised quote's old link says it was replaced. The phone screenshot is docs/customer-link-phone.png.
 */
class CustomerLinkBrowserTest {
    private static final Pattern LINK = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/p/([A-Za-z0-9_-]{43})");

    private static GreenMail smtp;
    private static PageTestServer server;
    private static Browser seller;
    private static Browser phone;

    @BeforeAll
    static void start() {
        int smtpPort = CustomerMailDeliveryTest.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        server = new PageTestServer(List.of(), CustomerMailDeliveryTest.freePort(), Clock.systemUTC(),
                port -> new MailDelivery(new SmtpMailSender(new SmtpSettings("127.0.0.1", smtpPort,
                        SmtpSettings.Security.NONE, "", "", "quotes@vdn.example", "Ventanas del Norte")),
                        "http://127.0.0.1:" + port)).withCatalogue();
        seller = Browser.desktop();
        phone = Browser.phone();
        SignedInBrowser.signIn(seller, server, PageTestServer.ADMIN_EMAIL, "/dashboard");
    }

    @AfterAll
    static void stop() {
        phone.close();
        seller.close();
        server.close();
        smtp.stop();
    }

    @Test
    void theCustomerAcceptsFromTheLinkInTheMailOnAPhone() throws Exception {
        Quote quote = draft("Ana Gómez", "ana@acme.example");
        seller.open(server.url("/quotes/" + quote.id()));
        seller.find("#send-quote").click();
        assertThat(seller.text("#emailed")).contains("queued");
        assertThat(seller.find("#customer-link").getAttribute("value")).startsWith(server.url("/p/"));

        assertThat(server.useCases().outbox().deliverDue()).isEqualTo(1);
        String link = linkIn(lastMailTo("ana@acme.example"));

        phone.open(link);
        assertThat(phone.text("#company-name")).isEqualTo("Ventanas del Norte");
        assertThat(phone.pageText()).contains(quote.number()).doesNotContain("Materials").doesNotContain("Profit")
                .doesNotContain("Labour");
        assertThat(phone.findAll("figure.drawing svg")).isNotEmpty();
        assertThat(phone.text("#link-pdf-sha256")).matches("[0-9a-f]{64}");
        Path shot = phone.screenshot("customer-link-phone");
        Path docs = Path.of("..", "docs");
        if (Files.isDirectory(docs)) {
            Files.copy(shot, docs.resolve("customer-link-phone.png"), StandardCopyOption.REPLACE_EXISTING);
        }
        String csrf = phone.find("#accept-form input[name=_csrf]").getAttribute("value");

        phone.find("#fullName").sendKeys("Ana Gómez");
        phone.find("#confirm").click();
        phone.find("#accept-button").click();
        phone.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("link-state")));
        assertThat(phone.text("#link-state")).contains("You accepted this quote as Ana Gómez");
        assertThat(phone.findAll("#accept-form")).isEmpty();
        assertThat(phone.consoleErrors()).isEmpty();

        // a second tab (or a double click) posting the same form: the same one transition
        HttpResponse<String> again = post(link + "/accept", "_csrf=" + csrf + "&revision=1&fullName=Ana&confirm=yes");
        assertThat(again.statusCode()).isEqualTo(303);

        Quote accepted = server.useCases().findQuotes().get(server.adminActor(), quote.id());
        assertThat(accepted.status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(accepted.history()).filteredOn(h -> h.to() == QuoteStatus.ACCEPTED).singleElement()
                .satisfies(h -> assertThat(h.note()).isEqualTo("accepted by the customer: Ana Gómez"));
        CustomerLink proof = server.useCases().quoteDelivery().delivery(server.adminActor(), quote.id()).link()
                .orElseThrow();
        assertThat(proof.response().decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(proof.response().fullName()).isEqualTo("Ana Gómez");
        assertThat(proof.response().clientAddress()).isEqualTo("127.0.0.1");
        assertThat(proof.response().userAgent()).contains("Chrome");
        assertThat(proof.response().pdfSha256()).isEqualTo(proof.pdfSha256());

        assertThat(server.useCases().outbox().deliverDue()).as("the owner's notice").isEqualTo(1);
        assertThat(lastMailTo(PageTestServer.ADMIN_EMAIL).getSubject()).contains(quote.number()).contains("accepted");
        seller.open(server.url("/dashboard"));
        assertThat(seller.text("#customer-notices")).contains(quote.number()).contains("accepted by Ana Gómez");
        seller.open(server.url("/quotes/" + quote.id()));
        assertThat(seller.text("#link-status")).contains("accepted by the customer");
    }

    /**
     * A quote offering clear or laminated glass (an alternative group) and an optional sealant: the customer
     * picks laminated and the sealant on the phone, the server prices the choice (the page's total changes to
     * that of the chosen lines), then accepts; the accepted quote and its work order hold only the chosen lines.
     */
    @Test
    void theCustomerChoosesOptionsOnTheLinkThenAccepts() throws Exception {
        server.useCases().outbox().deliverDue();
        Customer customer = server.useCases().customers().create(server.adminActor(),
                new CustomerCommand("Dora Vidal", "dora@delta.example", "", "", "", ""));
        List<QuoteLine> base = CatalogFixtures.workedExampleLines();
        List<QuoteLine> lines = List.of(base.get(0).withOption(LineOption.alternative("Glass", true)),
                base.get(0).withOption(LineOption.alternative("Glass", false)),
                base.get(1).withOption(LineOption.optional(false)));
        Quote quote = server.useCases().createQuote().create(server.adminActor(), new QuoteCommand(customer.id(),
                lines, RatesCommand.DEFAULTS, null, ""));
        server.useCases().quoteDelivery().send(server.adminActor(), quote.id());
        assertThat(server.useCases().outbox().deliverDue()).isEqualTo(1);
        String link = linkIn(lastMailTo("dora@delta.example"));

        for (Browser screen : List.of(seller, phone)) {
            screen.open(link);
            Number overflow = (Number) screen.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("no sideways scrolling on a desktop or a phone").isLessThanOrEqualTo(0);
            assertThat(screen.find("#choice-form").isDisplayed()).isTrue();
        }
        String totalBefore = phone.text("#link-total");
        assertThat(phone.text("#line-option-2")).contains("Optional");
        phone.find("#choose-1").click();
        phone.find("#choose-2").click();
        phone.find("#choose-button").click();
        phone.waitFor(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("link-total"), totalBefore)));

        Quote chosen = server.useCases().findQuotes().get(server.adminActor(), quote.id());
        QuotePricing expected = new PricingEngine().price(List.of(base.get(0), base.get(1)),
                chosen.pricing().rates(), CatalogFixtures.catalog());
        assertThat(chosen.pricing().lines()).extracting(l -> l.option().included()).containsExactly(false, true, true);
        assertThat(phone.text("#link-total")).isEqualTo(new DisplayFormat(
                server.useCases().settings().get(server.adminActor())).money(chosen.pricing().total()));
        assertThat(chosen.pricing().total()).isEqualTo(expected.total());
        assertThat(phone.find("#choose-1").isSelected()).isTrue();

        phone.find("#fullName").sendKeys("Dora Vidal");
        phone.find("#confirm").click();
        phone.find("#accept-button").click();
        phone.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("link-state")));
        assertThat(phone.findAll("#choice-form")).as("the choice is frozen once accepted").isEmpty();

        Quote accepted = server.useCases().findQuotes().get(server.adminActor(), quote.id());
        assertThat(accepted.status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(accepted.pricing().total()).isEqualTo(chosen.pricing().total());
        assertThat(accepted.pricing().lines()).extracting(l -> l.option().included()).containsExactly(false, true, true);
        assertThat(expected.lines()).hasSize(2);
        WorkOrder workOrder = server.useCases().convertQuote().convert(server.adminActor(), quote.id(),
                new WorkOrderDetails(Priority.NORMAL, null, "", ""), null).workOrder();
        assertThat(workOrder.lines()).as("only the chosen lines go to the workshop").hasSize(2);
    }

    @Test
    void aRevisedQuotesOldLinkSaysItWasReplaced() throws Exception {
        Quote quote = draft("Bruno Díaz", "bruno@beta.example");
        server.useCases().quoteDelivery().send(server.adminActor(), quote.id());
        server.useCases().outbox().deliverDue();
        String link = linkIn(lastMailTo("bruno@beta.example"));

        seller.open(server.url("/quotes/" + quote.id()));
        seller.find("#revise-quote").click();
        seller.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("quote-status"), "Draft"));

        phone.open(link);
        assertThat(phone.text("#link-state")).contains("replaced by revision 2");
        assertThat(phone.findAll("#accept-form")).isEmpty();
    }

    @Test
    void theLinkRoutesSetNoCookieAndAWrongTokenIsAPlain404() throws Exception {
        Quote quote = draft("Carla Ruiz", "carla@gamma.example");
        String url = server.useCases().quoteDelivery().send(server.adminActor(), quote.id()).linkUrl();
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");

        for (String wrong : List.of("/p/" + "A".repeat(43), "/p/x", "/p/" + "A".repeat(43) + "/pdf")) {
            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(server.url(wrong))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("<p>Not found.</p>").doesNotContain("Ventanas");
        }
        HttpResponse<String> forged = post(url + "/accept", "_csrf=wrong&revision=1&fullName=X&confirm=yes");
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> stale = post(url + "/accept", "_csrf=" + csrfOf(page.body()) + "&revision=7&fullName=X&confirm=yes");
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> unconfirmed = post(url + "/accept", "_csrf=" + csrfOf(page.body()) + "&revision=1&fullName=X");
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(server.useCases().findQuotes().get(server.adminActor(), quote.id()).status()).isEqualTo(QuoteStatus.SENT);
    }

    private static String csrfOf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> post(String url, String form) throws Exception {
        String origin = server.url("");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form.replace(" ", URLEncoder.encode(" ", StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Quote draft(String name, String email) {
        server.useCases().outbox().deliverDue(); // what earlier tests left queued
        Customer customer = server.useCases().customers().create(server.adminActor(),
                new CustomerCommand(name, email, "", "", "", ""));
        return server.useCases().createQuote().create(server.adminActor(), new QuoteCommand(customer.id(),
                CatalogFixtures.workedExampleLines(), RatesCommand.DEFAULTS, null, ""));
    }

    private static MimeMessage lastMailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().contains(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no mail to " + address));
    }

    private static String linkIn(MimeMessage message) {
        Matcher matcher = LINK.matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(message).replace("=\r\n", ""));
        assertThat(matcher.find()).isTrue();
        return matcher.group(0);
    }
}
