package com.wqs.adapter.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.testing.CatalogFixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Many clients replacing the same customer, material, product and the settings over HTTP at once (the
 * in-process server on SQLite), each sending the version it last read, as {@code ConcurrentEditsIT} does for
 * drafts. Each replace is 200 or 409 (with {@code currentVersion} newer than the one sent); the successes got
 * consecutive versions, so initial + successes = stored version, and the stored record is the content of the
 * last success: no lost update. Before, these replaces ignored the client's version and every one of them
 * succeeded, each silently overwriting the ones before it.
 */
@Tag("reliability")
class ConcurrentRecordEditsReliabilityTest {
    private static final int CLIENTS = 8;
    private static final int ATTEMPTS_PER_CLIENT = 12;

    @Test
    void noUpdateOfACustomerMaterialProductOrTheSettingsIsLost() throws Exception {
        try (WebTestServer env = WebTestServer.start()) {
            Credentials sales = env.bearer(env.sales);
            Credentials admin = env.bearer(env.admin);
            hammer(env, sales, "/api/v1/customers/" + env.customer.id(), "notes",
                    notes -> Requests.customer("Acme Homes").replace("\"notes\":\"\"", "\"notes\":\"" + notes + "\""));
            hammer(env, admin, "/api/v1/materials/" + CatalogFixtures.HW_ROLL.id(), "name",
                    name -> Requests.material("HW-ROLL").replace("\"Handle\"", "\"" + name + "\""));
            hammer(env, admin, "/api/v1/products/" + CatalogFixtures.FIX_1.id(), "name",
                    name -> Requests.product("FIX-1").replace("\"Fixed window\"", "\"" + name + "\""));
            hammer(env, admin, "/api/v1/settings", "terms", terms -> Requests.settings(0)
                    .replaceAll(",\"version\":\\d+", "").replace("\"Net 30\"", "\"" + terms + "\""));
        }
    }

    private record Success(long version, String content) {
    }

    private static void hammer(WebTestServer env, Credentials who, String path, String field,
            Function<String, String> body) throws Exception {
        long initial = env.http.get(path, who).json().get("version").asLong();
        List<Success> successes = Collections.synchronizedList(new ArrayList<>());
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        int[] conflicts = new int[1];
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    start.await();
                    for (int attempt = 0; attempt < ATTEMPTS_PER_CLIENT; attempt++) {
                        HttpResult read = env.http.get(path, who);
                        if (read.status() != 200) {
                            unexpected.add("GET " + read);
                            continue;
                        }
                        long version = read.json().get("version").asLong();
                        String content = "client " + client + " attempt " + attempt;
                        HttpResult put = env.http.put(path, Requests.withVersion(body.apply(content), version), who);
                        if (put.status() == 200) {
                            successes.add(new Success(put.json().get("version").asLong(), content));
                        } else if (put.status() == 409 && put.json().get("code").asText().endsWith(".stale")
                                && put.json().path("currentVersion").asLong(-1) > version) {
                            synchronized (conflicts) {
                                conflicts[0]++;
                            }
                        } else {
                            unexpected.add("PUT " + put);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }

        JsonNode stored = env.http.get(path, who).json();
        Success last = successes.stream().max(Comparator.comparingLong(Success::version)).orElseThrow();
        System.out.printf("[concurrent-record-edits] %s: %d replaces, %d succeeded, %d refused as stale, "
                + "version %d -> %d%n", path, CLIENTS * ATTEMPTS_PER_CLIENT, successes.size(), conflicts[0], initial,
                stored.get("version").asLong());
        assertThat(unexpected).as("answers other than 200 or 409 stale with a newer currentVersion").isEmpty();
        assertThat(successes.size() + conflicts[0]).isEqualTo(CLIENTS * ATTEMPTS_PER_CLIENT);
        assertThat(successes).extracting(Success::version).as("each success got the next version")
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(initial + 1, initial + successes.size())
                        .boxed().toList());
        assertThat(stored.get("version").asLong()).isEqualTo(initial + successes.size());
        assertThat(stored.get(field).asText()).as("the stored record is the last success").isEqualTo(last.content());
    }
}
