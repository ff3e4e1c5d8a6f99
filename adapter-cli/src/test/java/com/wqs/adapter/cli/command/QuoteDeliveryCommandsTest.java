package com.wqs.adapter.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.cli.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quote send|resend|show}: the customer link printed once, the e-mail queued when SMTP is set up. */
class QuoteDeliveryCommandsTest {
    private static final String WINDOW = "product=SLD-2L,glass=GL-CLR6,color=WHITE,w=1500,h=1200,qty=2";
    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void catalogueAndCustomer() {
        cli = new Cli(dir.resolve("wqs.db"));
        cli.ok("user", "add", "--role", "ADMIN", "--email", "owner@shop.example", "--name", "Owner",
                "--password=long-password-1");
        UserAndCatalogCommandsTest.catalogue(cli);
        cli.ok("customer", "add", "--name", "ACME Ltd", "--email", "buyer@acme.example");
    }

    private String draft() {
        return cli.json("quote", "create", "--customer", "ACME Ltd", "--line", WINDOW, "--labour-rate", "78").get("number").asText();
    }

    @Test
    void withoutSmtpTheLinkIsPrintedToHandOver() {
        String number = draft();

        Cli.Result sent = cli.ok("quote", "send", number);
        assertThat(sent.out()).contains("Sent quote " + number, "Customer link (shown only now): /p/",
                "Nothing was e-mailed: no SMTP server is configured");

        JsonNode again = cli.json("quote", "resend", number);
        assertThat(again.get("status").asText()).isEqualTo("SENT");
        assertThat(again.get("customerLinkUrl").asText()).matches("/p/[A-Za-z0-9_-]{43}");
        assertThat(again.get("emailed").asBoolean()).isFalse();

        assertThat(cli.ok("quote", "show", number).out()).contains("Customer link (revision 1): open", "PDF SHA-256");
        JsonNode shown = cli.json("quote", "show", number);
        assertThat(shown.get("number").asText()).isEqualTo(number);
        assertThat(shown.get("delivery").get("link").get("revision").asInt()).isEqualTo(1);
        assertThat(shown.toString()).doesNotContain(again.get("customerLinkUrl").asText().substring(3));

        cli.ok("quote", "revise", number);
        assertThat(cli.ok("quote", "show", number).out()).contains("replaced by revision 2");
        assertThat(cli.run("quote", "resend", number).exitCode()).as("a draft is not resent").isEqualTo(5);
    }

    @Test
    void withSmtpInTheEnvironmentSendQueuesTheMailForTheServersWorker() {
        cli.env("WQS_SMTP_HOST", "smtp.example.invalid").env("WQS_MAIL_FROM", "quotes@shop.example")
                .env("WQS_PUBLIC_URL", "https://quotes.shop.example");
        String number = draft();

        JsonNode sent = cli.json("quote", "send", number);
        assertThat(sent.get("emailed").asBoolean()).isTrue();
        assertThat(sent.get("customerLinkUrl").asText()).startsWith("https://quotes.shop.example/p/");

        JsonNode mails = cli.json("quote", "show", number).get("delivery").get("mails");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).get("status").asText()).isEqualTo("QUEUED");
        assertThat(mails.get(0).get("to").asText()).isEqualTo("buyer@acme.example");
        assertThat(cli.ok("quote", "show", number).out()).contains("QUOTE_TO_CUSTOMER", "QUEUED");
    }

    @Test
    void serveRefusesAnSmtpHostWithoutASenderAddress() {
        Cli.Result refused = cli.run("serve", "--port", "0", "--smtp-host", "smtp.example.com");
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("--mail-from");
        Cli.Result badMode = cli.run("serve", "--port", "0", "--smtp-host", "smtp.example.com", "--mail-from",
                "quotes@shop.example", "--smtp-security", "SSL3");
        assertThat(badMode.exitCode()).isEqualTo(3);
        assertThat(badMode.err()).contains("NONE, STARTTLS or TLS");
    }
}
