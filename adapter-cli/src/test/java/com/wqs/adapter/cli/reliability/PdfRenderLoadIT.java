package com.wqs.adapter.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.persistence.JdbiStore;
import com.wqs.adapter.persistence.SqliteStore;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.TestImages;
import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.catalog.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 5: four parallel PDF renders of a quote whose logo was a 40,000 × 40,000 PNG (a few hundred bytes
 * compressed) exhausted a 5.2 GB heap. Here a {@code wqs serve} with a 512 MiB heap gets 20 PDF requests at once,
 * half for a quote sent with the largest logo the settings accept (4096 × 4096, stored at 1,024 px) and half for
 * one sent with such a 40,000 × 40,000 logo stored before logos were checked. Every answer is the PDF or 503 with
 * {@code Retry-After}; none is a 500, nothing runs out of memory, and the server stays ready.
 */
@Tag("reliability")
class PdfRenderLoadIT {
    private static final int REQUESTS = 20;

    @RegisterExtension
    final WqsProcesses processes = new WqsProcesses();

    @TempDir
    Path directory;

    @Test
    void parallelPdfsWithTheLargestLogosAreRenderedOrDeferredNeverOutOfMemory() throws Exception {
        Path database = directory.resolve("pdf.db");
        List<String> db = List.of("--db", database.toString());
        DemoInstallation.load(directory, db);
        storeAnUncheckedHugeLogo(database);
        WqsProcess server = processes.serve("pdf", directory, db, Map.of());
        Credentials token = server.bearerToken(DemoInstallation.ADMIN, DemoInstallation.PASSWORD);
        String customer = DemoInstallation.aCustomerId(server.http(), token);

        String withOldBomb = sentQuote(server, token, customer, 1);
        HttpResult upload = server.http().put("/api/v1/settings", settingsWithLogo(server, token,
                TestImages.png(4096, 4096, true)), token);
        assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
        String withLargestLogo = sentQuote(server, token, customer, 2);

        List<HttpResult> answers = Concurrently.run(REQUESTS, REQUESTS, i -> server.http().get("/api/v1/quotes/"
                + (i % 2 == 0 ? withLargestLogo : withOldBomb) + "/pdf", token));

        int rendered = 0;
        for (HttpResult answer : answers) {
            if (answer.status() == 200) {
                rendered++;
                assertThat(new String(answer.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            } else {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
                assertThat(answer.header("Retry-After")).as(answer.toString()).isNotBlank();
            }
        }
        assertThat(rendered).as("PDFs rendered of %s", REQUESTS).isPositive();
        assertThat(server.logText()).doesNotContain("OutOfMemoryError").doesNotContain("Unhandled");
        assertThat(server.http().get("/health/ready", Credentials.NONE).status()).isEqualTo(200);
        assertThat(server.http().get("/api/v1/quotes/" + withOldBomb + "/pdf", token).status()).isEqualTo(200);
    }

    /** A logo as an installation could hold it before logos were checked: a PNG header claiming 40,000 × 40,000. */
    private static void storeAnUncheckedHugeLogo(Path database) {
        try (JdbiStore store = SqliteStore.open(database)) {
            store.transactions().run(() -> {
                Settings s = store.settings().get();
                CompanyProfile c = s.company();
                store.settings().save(new Settings(new CompanyProfile(c.name(), c.address(), c.phone(), c.email(),
                        c.taxId(), TestImages.pngClaiming(40_000, 40_000), "image/png"), s.profitMargin(),
                        s.indirectRate(), s.taxRate(), s.glassWaste(), s.validityDays(), s.currency(), s.zone(),
                        s.locale(), s.terms(), s.cutting(), s.version()));
            });
        }
    }

    private static String settingsWithLogo(WqsProcess server, Credentials token, byte[] logo) {
        long version = server.http().get("/api/v1/settings", token).json().get("version").asLong();
        return Requests.settings(version).replace("\"taxId\":\"VSA-1\"",
                "\"taxId\":\"VSA-1\",\"logo\":\"" + Base64.getEncoder().encodeToString(logo) + "\"");
    }

    private static String sentQuote(WqsProcess server, Credentials token, String customer, long seed) {
        HttpResult draft = server.http().post("/api/v1/quotes",
                DemoInstallation.quoteBody(customer, seed, "logo load " + seed, null), token);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String id = draft.json().get("id").asText();
        HttpResult sent = server.http().post("/api/v1/quotes/" + id + "/send", null, token);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        return id;
    }
}
