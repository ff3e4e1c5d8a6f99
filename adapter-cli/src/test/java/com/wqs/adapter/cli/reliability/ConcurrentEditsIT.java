package com.wqs.adapter.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, reliability test 3: many clients replacing the same draft, each sending the version it last
 * read. Each replace either succeeds or gets 409; the successful ones got consecutive versions, and the
 * stored draft is exactly the content of the last of them (no update lost or half-applied). On one SQLite
 * server, and across two server instances on one PostgreSQL database.
 */
@Tag("reliability")
class ConcurrentEditsIT {
    private static final int CLIENTS = 16;
    private static final int ATTEMPTS_PER_CLIENT = 15;

    @RegisterExtension
    final WqsProcesses processes = new WqsProcesses();

    @TempDir
    Path directory;

    @Test
    void onOneSqliteServerNoUpdateIsLost() throws Exception {
        List<String> database = List.of("--db", directory.resolve("edits.db").toString());
        DemoInstallation.load(directory, database);
        editTheSameDraft("sqlite", List.of(processes.serve("sqlite", directory, database, Map.of())));
    }

    @Test
    void acrossTwoInstancesOnPostgresNoUpdateIsLost() throws Exception {
        PostgresSchema schema = processes.postgresSchema();
        List<String> database = List.of("--jdbc-url", schema.url());
        DemoInstallation.load(directory, database);
        editTheSameDraft("postgres", List.of(processes.serve("A", directory, database, Map.of()),
                processes.serve("B", directory, database, Map.of())));
    }

    private static void editTheSameDraft(String label, List<WqsProcess> servers) throws Exception {
        Credentials token = servers.get(0).bearerToken(DemoInstallation.ADMIN, DemoInstallation.PASSWORD);
        String customer = DemoInstallation.aCustomerId(servers.get(0).http(), token);
        HttpResult draft = servers.get(0).http().post("/api/v1/quotes",
                DemoInstallation.quoteBody(customer, -1, "initial", null), token);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String path = "/api/v1/quotes/" + draft.json().get("id").asText();
        long initialVersion = draft.json().get("version").asLong();

        Tally tally = new Tally();
        List<List<Write>> perClient = Concurrently.run(CLIENTS, CLIENTS, client -> {
            WqsProcess server = servers.get(client % servers.size());
            List<Write> writes = new ArrayList<>();
            for (int attempt = 0; attempt < ATTEMPTS_PER_CLIENT; attempt++) {
                HttpResult read = tally.send(server, "GET", path, null, token);
                if (read == null || read.status() != 200) {
                    continue;
                }
                long seen = read.json().get("version").asLong();
                String notes = "client " + client + " attempt " + attempt;
                HttpResult written = tally.send(server, "PUT", path,
                        DemoInstallation.quoteBody(customer, client * 1000L + attempt, notes, seen), token);
                if (written != null && written.status() == 200) {
                    writes.add(new Write(notes, written.json()));
                }
            }
            return writes;
        });
        List<Write> successes = perClient.stream().flatMap(List::stream)
                .sorted(Comparator.comparingLong(Write::version)).toList();
        JsonNode stored = servers.get(servers.size() - 1).http().get(path, token).json();
        Write last = successes.isEmpty() ? null : successes.get(successes.size() - 1);
        int puts = CLIENTS * ATTEMPTS_PER_CLIENT;
        boolean finalIsLast = last != null && stored.get("notes").asText().equals(last.notes())
                && stored.get("lines").equals(last.response().get("lines"))
                && stored.get("pricing").equals(last.response().get("pricing"));

        System.out.println("[concurrent-edits " + label + "] requests per instance: " + tally.perInstance()
                + ", replaces attempted: " + puts);
        System.out.println("[concurrent-edits " + label + "] replaces succeeded: " + successes.size() + ", 409: "
                + tally.conflicts() + ", other 4xx: " + tally.otherClientErrors() + ", 5xx: " + tally.serverErrors()
                + ", connection failures: " + tally.connectionFailures());
        System.out.println("[concurrent-edits " + label + "] version: initial " + initialVersion + " + "
                + successes.size() + " successes = " + (initialVersion + successes.size()) + ", stored "
                + stored.get("version").asLong() + "; final state is the last successful write: " + finalIsLast
                + "; lost updates: " + (stored.get("version").asLong() - initialVersion - successes.size()));

        assertThat(tally.serverErrors()).as("5xx: " + tally.unexpected()).isZero();
        assertThat(tally.otherClientErrors()).as("unexpected 4xx: " + tally.unexpected()).isZero();
        assertThat(tally.connectionFailures()).isZero();
        assertThat(tally.success() + tally.conflicts()).as("every request answered 2xx or 409").isEqualTo(tally.sent());
        assertThat(tally.conflicts()).as("concurrent editors did collide").isPositive();
        assertThat(successes).extracting(Write::version).as("each success made the next version")
                .containsExactlyElementsOf(LongStream.rangeClosed(initialVersion + 1, initialVersion + successes.size())
                        .boxed().toList());
        assertThat(stored.get("version").asLong()).isEqualTo(initialVersion + successes.size());
        assertThat(Objects.requireNonNull(last).notes()).isEqualTo(stored.get("notes").asText());
        assertThat(finalIsLast).as("stored " + stored + "\nlast write " + last.response()).isTrue();
    }

    /** A replace the server accepted: the notes sent and the quote it answered. */
    private record Write(String notes, JsonNode response) {
        long version() {
            return response.get("version").asLong();
        }
    }
}
