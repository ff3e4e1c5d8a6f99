package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.domain.quote.Quote;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT /api/v1/quotes/{id}} with the version the client read: an editor holding an older version
 * gets 409 {@code quote.stale} and overwrites nothing (the reliability test ConcurrentEditsIT found that
 * without a version the last of two concurrent editors silently won).
 */
class QuoteVersionTest {
    @Test
    void aReplaceWithAnOlderVersionIsAConflictAndChangesNothing() {
        try (WebTestServer env = WebTestServer.start()) {
            Credentials sales = env.bearer(env.sales);
            Quote draft = env.draft(env.sales);
            String path = "/api/v1/quotes/" + draft.id();

            HttpResult first = env.http.put(path, withVersion(Requests.quote(env.customer), "first", draft.version()),
                    sales);
            assertThat(first.status()).as(first.toString()).isEqualTo(200);
            assertThat(first.json().get("version").asLong()).isEqualTo(draft.version() + 1);

            HttpResult stale = env.http.put(path, withVersion(Requests.quote(env.customer), "stale", draft.version()),
                    sales);
            assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
            assertThat(stale.contentType()).startsWith("application/problem+json");
            assertThat(stale.json().get("code").asText()).isEqualTo("quote.stale");
            assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(draft.version() + 1);

            JsonNode stored = env.http.get(path, sales).json();
            assertThat(stored.get("notes").asText()).isEqualTo("first");
            assertThat(stored.get("version").asLong()).isEqualTo(draft.version() + 1);

            HttpResult current = env.http.put(path, withVersion(Requests.quote(env.customer), "second",
                    draft.version() + 1), sales);
            assertThat(current.status()).as(current.toString()).isEqualTo(200);
            assertThat(current.json().get("notes").asText()).isEqualTo("second");
        }
    }

    private static String withVersion(String quoteJson, String notes, long version) {
        return quoteJson.replace("\"notes\":\"Delivery in April\"", "\"notes\":\"" + notes + "\",\"version\":" + version);
    }
}
