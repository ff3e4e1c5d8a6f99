package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.application.port.out.QuotePdfRenderer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.shared.UnavailableException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A PDF renderer at capacity answers 503 problem+json with {@code Retry-After}, not 500. */
class PdfBusyTest {
    private static final QuotePdfRenderer AT_CAPACITY = (number, revision, draft, settings) -> {
        throw new UnavailableException("pdf.busy", "all PDF rendering slots are taken; retry in a moment",
                Duration.ofMillis(1500));
    };

    @Test
    void aBusyRendererIsA503WithRetryAfter() {
        try (WebTestServer env = WebTestServer.start(WebConfig.defaults(), useCases -> List.of(), AT_CAPACITY)) {
            Quote sent = env.sent(env.sales);
            HttpResult busy = env.http.get("/api/v1/quotes/" + sent.id() + "/pdf", env.bearer(env.sales));
            assertThat(busy.status()).as(busy.toString()).isEqualTo(503);
            assertThat(busy.contentType()).startsWith("application/problem+json");
            assertThat(busy.header("Retry-After")).isEqualTo("2");
            assertThat(busy.json().get("code").asText()).isEqualTo("pdf.busy");
        }
    }
}
