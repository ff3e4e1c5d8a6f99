package com.wqs.adapter.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.domain.quote.Quote;
import org.junit.jupiter.api.Test;

/**
 * The JSON API of a quote's delivery: send makes the customer link, {@code /delivery} tells its state (never
 * its token), {@code /resend} hands out a new link once; without SMTP nothing is queued and the answer says so.
 */
class QuoteDeliveryApiTest {
    @Test
    void sendDeliveryAndResendWithoutAnSmtpServer() {
        try (WebTestServer env = WebTestServer.start()) {
            Credentials sales = env.bearer(env.sales);
            Quote draft = env.draft(env.sales);
            String path = "/api/v1/quotes/" + draft.id();

            HttpResult sent = env.http.post(path + "/send", null, sales);
            assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
            assertThat(sent.json().get("status").asText()).isEqualTo("SENT");

            JsonNode delivery = env.http.get(path + "/delivery", sales).json();
            assertThat(delivery.get("mailConfigured").asBoolean()).isFalse();
            assertThat(delivery.get("mails")).isEmpty();
            assertThat(delivery.get("link").get("revision").asInt()).isEqualTo(1);
            assertThat(delivery.get("link").get("pdfSha256").asText()).matches("[0-9a-f]{64}");
            assertThat(delivery.toString()).doesNotContain("token");

            HttpResult resent = env.http.post(path + "/resend", null, sales);
            assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
            String url = resent.json().get("customerLinkUrl").asText();
            assertThat(url).matches("/p/[A-Za-z0-9_-]{43}");
            assertThat(resent.json().get("emailed").asBoolean()).isFalse();
            assertThat(resent.json().get("notEmailedBecause").asText()).contains("no SMTP server");

            assertThat(env.http.get(path + "/delivery", sales).json().get("link").get("revoked").isNull()).isTrue();

            assertThat(env.http.get(path + "/delivery", env.bearer(env.otherSales)).status()).isEqualTo(404);
            assertThat(env.http.post(path + "/resend", null, env.bearer(env.production)).status()).isEqualTo(403);
            env.http.post(path + "/revise", null, sales);
            assertThat(env.http.post(path + "/resend", null, sales).status()).isEqualTo(409);
        }
    }
}
