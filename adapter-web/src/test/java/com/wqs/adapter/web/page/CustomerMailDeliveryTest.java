package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.wqs.adapter.web.mail.SmtpMailSender;
import com.wqs.adapter.web.mail.SmtpSettings;
import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.CustomerLinkUseCase.LinkState;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.QuoteDeliveryUseCase.SentQuote;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.out.MailDelivery;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.delivery.MailStatus;
import com.wqs.domain.delivery.OutboxMail;
import com.wqs.domain.quote.Quote;
import com.wqs.testing.CatalogFixtures;
import com.wqs.testing.MutableClock;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sending a quote through a real SMTP server (GreenMail, in this process): one mail with the revision's PDF
 * and the customer link; the outbox keeps a mail while the server is down and delivers it once when it is
 * back, also after a restart; a bad address is a recorded failure, not a half-sent quote.
 */
class CustomerMailDeliveryTest {
    static final Pattern LINK = Pattern.compile("http://links\\.example/p/([A-Za-z0-9_-]{43})");

    private final MutableClock clock = new MutableClock(Instant.now());
    private int smtpPort;
    private GreenMail smtp;
    private PageTestServer server;

    @BeforeEach
    void startSmtpAndServer() {
        smtpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        server = new PageTestServer(List.of(), 0, clock, port -> mail(smtpPort)).withCatalogue();
    }

    @AfterEach
    void stop() {
        server.close();
        smtp.stop();
    }

    static MailDelivery mail(int smtpPort) {
        return new MailDelivery(new SmtpMailSender(new SmtpSettings("127.0.0.1", smtpPort, SmtpSettings.Security.NONE, "",
                "", "quotes@vdn.example", "Ventanas del Norte")), "http://links.example");
    }

    @Test
    void sendingDeliversExactlyOneMailWithThePdfAttachedAndTheLink() throws Exception {
        SentQuote sent = sendQuoteTo("buyer@acme.example");
        assertThat(sent.emailed()).isTrue();
        assertThat(sent.delivery().latestToCustomer().orElseThrow().status()).isEqualTo(MailStatus.QUEUED);

        assertThat(server.useCases().outbox().deliverDue()).isEqualTo(1);
        assertThat(server.useCases().outbox().deliverDue()).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getAllRecipients()[0].toString()).contains("buyer@acme.example");
        assertThat(message.getSubject()).isEqualTo("Quote " + sent.quote().number() + " from Ventanas del Norte");
        String token = linkToken(message);
        assertThat("http://links.example/p/" + token).isEqualTo(sent.linkUrl());
        byte[] attachment = pdfAttachment(message);
        assertThat(new String(attachment, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var linkPdf = server.useCases().customerLinks().pdf(token);
        assertThat(attachment).isEqualTo(linkPdf.content());
        assertThat(sha256(attachment)).isEqualTo(linkPdf.sha256());
        assertThat(server.useCases().customerLinks().view(token).state()).isEqualTo(LinkState.OPEN);

        OutboxMail recorded = server.useCases().quoteDelivery().delivery(server.adminActor(), sent.quote().id())
                .latestToCustomer().orElseThrow();
        assertThat(recorded.status()).isEqualTo(MailStatus.SENT);
        assertThat(recorded.linkToken()).as("the usable link leaves the database once delivered").isNull();
        assertThat(message.getMessageID()).isEqualTo(recorded.messageId());
    }

    @Test
    void whileTheSmtpServerIsDownTheMailWaitsAndIsDeliveredOnceWhenItIsBack() throws Exception {
        smtp.stop();
        SentQuote sent = sendQuoteTo("buyer@acme.example");

        assertThat(server.useCases().outbox().deliverDue()).isZero();
        OutboxMail waiting = latest(sent);
        assertThat(waiting.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());

        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        assertThat(server.useCases().outbox().deliverDue()).as("not before its back-off is over").isZero();
        clock.advance(Duration.ofSeconds(31));
        assertThat(server.useCases().outbox().deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofHours(2));
        assertThat(server.useCases().outbox().deliverDue()).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(latest(sent).status()).isEqualTo(MailStatus.SENT);
        assertThat(latest(sent).attempts()).isEqualTo(2);
    }

    @Test
    void aMailQueuedBeforeARestartIsDeliveredAfterIt() throws Exception {
        SentQuote sent = sendQuoteTo("buyer@acme.example");

        server.restart(mail(smtpPort));

        assertThat(server.useCases().outbox().deliverDue()).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(server.useCases().customerLinks().view(linkToken(received[0])).quoteNumber())
                .isEqualTo(sent.quote().number());
    }

    @Test
    void anAddressTheOutboxCannotUseIsARecordedFailureAndTheQuoteIsStillSent() {
        SentQuote sent = sendQuoteTo("o'neil<script>@acme.example");

        assertThat(sent.emailed()).isFalse();
        assertThat(sent.notEmailedBecause()).contains("not valid");
        assertThat(sent.quote().status().name()).isEqualTo("SENT");
        OutboxMail failed = latest(sent);
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.linkToken()).isNull();
        assertThat(server.useCases().outbox().deliverDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void resendMakesANewLinkAndRetiresTheOldOne() throws Exception {
        SentQuote sent = sendQuoteTo("buyer@acme.example");
        String first = sent.linkUrl().substring(sent.linkUrl().lastIndexOf('/') + 1);

        SentQuote again = server.useCases().quoteDelivery().resend(server.adminActor(), sent.quote().id());
        server.useCases().outbox().deliverDue();

        String second = again.linkUrl().substring(again.linkUrl().lastIndexOf('/') + 1);
        assertThat(second).isNotEqualTo(first);
        assertThat(server.useCases().customerLinks().view(second).state()).isEqualTo(LinkState.OPEN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> server.useCases().customerLinks().view(first))
                .isInstanceOf(com.wqs.domain.shared.NotFoundException.class);
        assertThat(smtp.getReceivedMessages()).extracting(CustomerMailDeliveryTest::linkToken).contains(second);
    }

    private OutboxMail latest(SentQuote sent) {
        return server.useCases().quoteDelivery().delivery(server.adminActor(), sent.quote().id()).latestToCustomer()
                .orElseThrow();
    }

    private SentQuote sendQuoteTo(String email) {
        Customer customer = server.useCases().customers().create(server.adminActor(),
                new CustomerCommand("Acme Homes", email, "", "", "", ""));
        Quote quote = server.useCases().createQuote().create(server.adminActor(), new QuoteCommand(customer.id(),
                CatalogFixtures.workedExampleLines(), RatesCommand.DEFAULTS, null, ""));
        return server.useCases().quoteDelivery().send(server.adminActor(), quote.id());
    }

    static String linkToken(MimeMessage message) {
        try {
            Matcher matcher = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
            assertThat(matcher.find()).as("the mail holds the customer link").isTrue();
            return matcher.group(1);
        } catch (RuntimeException e) {
            throw e;
        }
    }

    static byte[] pdfAttachment(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith("application/pdf")) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no PDF attached");
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
