package com.wqs.adapter.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, reliability test 2: two {@code wqs serve} processes on one PostgreSQL database. A session
 * made on one instance works on the other; 50 concurrent conversions of one accepted quote, spread over
 * both, make exactly one work order (201) and 49 answers 409 with its Location; 1,000 concurrent quote
 * creations over both get 1,000 distinct numbers; then 300 of them move concurrently through every
 * status (send, accept, reject, revise, cancel, convert, a work-order status) on alternating instances.
 * No 5xx, nothing half-written, and neither log reports an error, a deadlock or a serialization failure.
 */
@Tag("reliability")
class MultiInstancePostgresIT {
    private static final int CONVERSIONS = 50;
    private static final int CREATIONS = 1_000;
    private static final int CLIENT_THREADS = 32;
    private static final int LIFECYCLES = 300;
    /** Paths through the quote (and work order) lifecycle, so that concurrent writers touch every status. */
    private static final List<List<Step>> PATHS = List.of(
            List.of(step("send"), step("accept"), step("work-order"), step("work-order-status", "{\"to\":\"MATERIALS_ORDERED\"}")),
            List.of(step("send"), step("reject", "{\"reason\":\"too expensive\"}"), step("revise"), step("send")),
            List.of(step("send"), step("revise"), step("cancel")),
            List.of(step("cancel", "{\"note\":\"not needed\"}")));

    @RegisterExtension
    final WqsProcesses processes = new WqsProcesses();

    @TempDir
    Path directory;

    @Test
    void twoInstancesShareSessionsConvertOnceAndNumberUniquely() throws Exception {
        PostgresSchema schema = processes.postgresSchema();
        List<String> database = List.of("--jdbc-url", schema.url());
        DemoInstallation.load(directory, database);
        List<WqsProcess> servers = List.of(processes.serve("A", directory, database, Map.of()),
                processes.serve("B", directory, database, Map.of()));
        WqsProcess a = servers.get(0);
        WqsProcess b = servers.get(1);

        Credentials.Session session = a.login(DemoInstallation.ADMIN, DemoInstallation.PASSWORD);
        HttpResult me = b.http().get("/api/v1/me", session);
        assertThat(me.status()).as("A's session on B: " + me).isEqualTo(200);
        assertThat(me.json().get("user").get("email").asText()).isEqualTo(DemoInstallation.ADMIN);
        String customer = DemoInstallation.aCustomerId(b.http(), session);

        Tally tally = new Tally();
        String quote = acceptedQuote(servers, session, customer, tally);
        List<HttpResult> conversions = Concurrently.run(CONVERSIONS, CONVERSIONS, i -> {
            WqsProcess server = servers.get(i % 2);
            return tally.send(server, "POST", "/api/v1/quotes/" + quote + "/work-order", null,
                    session);
        });
        List<HttpResult> creations = Concurrently.run(CREATIONS, CLIENT_THREADS, i -> {
            WqsProcess server = servers.get(i % 2);
            return tally.send(server, "POST", "/api/v1/quotes",
                    DemoInstallation.quoteBody(customer, i, "instance " + server.name(), null), session);
        });

        List<String> drafts = creations.stream().filter(r -> r != null && r.status() == 201)
                .map(r -> r.json().get("id").asText()).limit(LIFECYCLES).toList();
        List<List<String>> lifecycles = Concurrently.run(drafts.size(), CLIENT_THREADS,
                i -> lifecycle(servers, session, drafts.get(i), i, tally));

        List<HttpResult> created = conversions.stream().filter(r -> r != null && r.status() == 201).toList();
        List<HttpResult> refused = conversions.stream().filter(r -> r != null && r.status() == 409).toList();
        Set<String> numbers = new HashSet<>();
        creations.stream().filter(r -> r != null && r.status() == 201).forEach(r -> numbers.add(r.json().get("number")
                .asText()));
        int workOrders;
        List<String> halfWritten;
        try (Connection connection = schema.connect()) {
            workOrders = DatabaseInvariants.column(connection, "SELECT id FROM work_orders WHERE quote_id = '" + quote
                    + "'").size();
            halfWritten = DatabaseInvariants.violations(connection);
        }
        List<String> logProblems = new ArrayList<>();
        for (WqsProcess server : servers) {
            server.logText().lines().filter(l -> l.contains("ERROR") || l.toLowerCase().contains("deadlock")
                    || l.contains("could not serialize")).limit(5).forEach(l -> logProblems.add(server.name() + ": " + l));
        }

        System.out.println("[multi-instance] requests per instance: " + tally.perInstance() + " (total "
                + tally.sent() + ")");
        System.out.println("[multi-instance] 2xx: " + tally.success() + ", 409: " + tally.conflicts() + ", other 4xx: "
                + tally.otherClientErrors() + ", 5xx: " + tally.serverErrors() + ", connection failures: "
                + tally.connectionFailures() + "; 503 pdf.busy retried after Retry-After: " + tally.busyRetries());
        System.out.println("[multi-instance] conversions of one quote: " + CONVERSIONS + " -> 201: " + created.size()
                + ", 409: " + refused.size() + "; work orders stored for it: " + workOrders);
        System.out.println("[multi-instance] quote creations: " + CREATIONS + " -> distinct numbers: " + numbers.size());
        long lifecycleSteps = lifecycles.stream().mapToLong(List::size).sum();
        System.out.println("[multi-instance] concurrent lifecycles (send/accept/reject/revise/cancel/convert/work-order "
                + "status) over both instances: " + drafts.size() + " quotes, " + lifecycleSteps + " steps");
        System.out.println("[multi-instance] half-written rows: " + halfWritten.size() + "; log errors/deadlocks: "
                + logProblems.size());

        assertThat(tally.serverErrors()).as("5xx: " + tally.unexpected()).isZero();
        assertThat(tally.otherClientErrors()).as("unexpected 4xx: " + tally.unexpected()).isZero();
        assertThat(tally.connectionFailures()).isZero();
        assertThat(created).as("201 answers").hasSize(1);
        assertThat(refused).as("409 answers").hasSize(CONVERSIONS - 1);
        String location = created.get(0).header("Location");
        assertThat(location).isEqualTo("/api/v1/work-orders/" + created.get(0).json().get("id").asText());
        assertThat(refused).allSatisfy(r -> assertThat(r.header("Location")).isEqualTo(location));
        assertThat(workOrders).isEqualTo(1);
        assertThat(creations).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        assertThat(numbers).hasSize(CREATIONS);
        assertThat(tally.conflicts()).as("409 only for the repeated conversions").isEqualTo(CONVERSIONS - 1);
        assertThat(drafts).hasSize(LIFECYCLES);
        for (int i = 0; i < lifecycles.size(); i++) {
            assertThat(lifecycles.get(i)).as("lifecycle of quote " + drafts.get(i)).hasSize(PATHS.get(i % PATHS.size()).size());
        }
        assertThat(halfWritten).isEmpty();
        assertThat(logProblems).isEmpty();
    }

    /** A quote created on one instance, sent on the other, accepted on the first. */
    private static String acceptedQuote(List<WqsProcess> servers, Credentials session, String customer, Tally tally) {
        WqsProcess a = servers.get(0);
        WqsProcess b = servers.get(1);
        HttpResult created = tally.send(a, "POST", "/api/v1/quotes",
                DemoInstallation.quoteBody(customer, 0, "to convert", null), session);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        HttpResult sent = tally.send(b, "POST", "/api/v1/quotes/" + id + "/send", null, session);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        HttpResult accepted = tally.send(a, "POST", "/api/v1/quotes/" + id + "/accept", null, session);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        return id;
    }

    /**
     * Moves one draft along one of {@link #PATHS}, each step on the other instance than the last.
     *
     * @return the steps done
     */
    private static List<String> lifecycle(List<WqsProcess> servers, Credentials session, String quote, int index,
            Tally tally) {
        List<String> done = new ArrayList<>();
        String workOrder = null;
        List<Step> path = PATHS.get(index % PATHS.size());
        for (int s = 0; s < path.size(); s++) {
            WqsProcess server = servers.get((index + s) % 2);
            Step step = path.get(s);
            String uri = step.action().equals("work-order-status") ? "/api/v1/work-orders/" + workOrder + "/status"
                    : "/api/v1/quotes/" + quote + "/" + step.action();
            HttpResult result = tally.send(server, "POST", uri, step.body(), session);
            if (result == null || result.status() / 100 != 2) {
                return done;
            }
            if (step.action().equals("work-order")) {
                workOrder = result.json().get("id").asText();
            }
            done.add(step.action());
        }
        return done;
    }

    private static Step step(String action) {
        return new Step(action, null);
    }

    private static Step step(String action, String body) {
        return new Step(action, body);
    }

    /** One request of a lifecycle: the action (path after the quote) and its body, if any. */
    private record Step(String action, String body) {
    }
}
