package com.wqs.adapter.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, reliability test 1: {@code wqs serve} on SQLite, several clients creating quotes (with lines)
 * and moving them through send, accept and conversion, the process killed with SIGKILL mid-stream, three
 * times over on the same file (each restart recovers the previous crash's WAL). After each kill the
 * file must pass {@code PRAGMA integrity_check} and hold nothing half-written; in the end a server
 * restarted on it holds every write the clients were told succeeded (2xx), as they recorded it, and
 * writes again.
 */
@Tag("reliability")
class CrashSafetyIT {
    private static final int CLIENTS = 8;
    private static final int KILLS = 3;
    private static final Duration TRAFFIC_BEFORE_KILL = Duration.ofSeconds(7);

    @RegisterExtension
    final WqsProcesses processes = new WqsProcesses();

    @TempDir
    Path directory;

    @Test
    void aKilledServerLosesNoAcknowledgedWriteAndLeavesNothingHalfWritten() throws Exception {
        Path file = directory.resolve("crash.db");
        List<String> database = List.of("--db", file.toString());
        DemoInstallation.load(directory, database);

        Tally tally = new Tally();
        Queue<Tracked> tracked = new ConcurrentLinkedQueue<>();
        List<String> integrity = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        List<String> halfWritten = new ArrayList<>();
        Credentials token = null;
        String customer = null;
        int createsInFlight = 0;
        for (int round = 1; round <= KILLS; round++) {
            WqsProcess server = processes.serve("crash-" + round, directory, database, Map.of());
            if (token == null) {
                token = server.bearerToken(DemoInstallation.ADMIN, DemoInstallation.PASSWORD);
                customer = DemoInstallation.aCustomerId(server.http(), token);
            }
            createsInFlight += trafficUntilKilled(server, token, customer, round, tally, tracked);
            try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                integrity.add(String.join("; ", DatabaseInvariants.column(sqlite, "PRAGMA integrity_check")));
                foreignKeys.addAll(DatabaseInvariants.column(sqlite, "PRAGMA foreign_key_check"));
                halfWritten.addAll(DatabaseInvariants.violations(sqlite));
            }
        }

        WqsProcess restarted = processes.serve("crash-after", directory, database, Map.of());
        Credentials again = restarted.bearerToken(DemoInstallation.ADMIN, DemoInstallation.PASSWORD);
        List<String> lost = new ArrayList<>();
        int inFlightCommitted = 0;
        int inFlightNotCommitted = 0;
        int workOrders = 0;
        for (Tracked quote : tracked) {
            HttpResult stored = restarted.http().get("/api/v1/quotes/" + quote.id, again);
            if (stored.status() != 200) {
                lost.add(quote.number + " is gone: " + stored);
                continue;
            }
            JsonNode now = stored.json();
            String status = now.get("status").asText();
            if (!now.get("number").asText().equals(quote.number) || !now.get("lines").equals(quote.lines)
                    || !now.get("pricing").get("total").asText().equals(quote.total)) {
                lost.add(quote.number + " changed: recorded " + quote.lines + " " + quote.total + ", stored " + now);
            }
            if (status.equals(quote.status)) {
                inFlightNotCommitted += quote.pending == null ? 0 : 1;
            } else if (status.equals(quote.pending)) {
                inFlightCommitted++;
            } else {
                lost.add(quote.number + " is " + status + " but the client was told " + quote.status);
            }
            if (quote.workOrderId != null) {
                workOrders++;
                HttpResult workOrder = restarted.http().get("/api/v1/work-orders/" + quote.workOrderId, again);
                if (workOrder.status() != 200 || !workOrder.json().get("quoteId").asText().equals(quote.id)) {
                    lost.add("work order of " + quote.number + ": " + workOrder);
                }
            }
        }
        HttpResult afterRestart = restarted.http().post("/api/v1/quotes",
                DemoInstallation.quoteBody(customer, 99, "after the restart", null), again);

        System.out.println("[crash-safety] requests sent: " + tally.sent() + ", 2xx: " + tally.success()
                + ", 409: " + tally.conflicts() + ", other 4xx: " + tally.otherClientErrors() + ", 5xx: "
                + tally.serverErrors());
        System.out.println("[crash-safety] connection failures at kill time: " + tally.connectionFailures()
                + " (in flight: committed " + inFlightCommitted + ", not committed " + inFlightNotCommitted
                + ", creates with unknown outcome " + createsInFlight + ")");
        System.out.println("[crash-safety] acknowledged quotes checked: " + tracked.size() + ", work orders: "
                + workOrders);
        System.out.println("[crash-safety] lost writes: " + lost.size());
        System.out.println("[crash-safety] kills (SIGKILL, exit value 137): " + KILLS + "; integrity_check after each: "
                + integrity + "; foreign key violations: "
                + foreignKeys.size() + "; half-written rows: " + halfWritten.size());

        assertThat(integrity).containsOnly("ok");
        assertThat(foreignKeys).isEmpty();
        assertThat(halfWritten).isEmpty();
        assertThat(lost).isEmpty();
        assertThat(tally.serverErrors()).as("5xx: " + tally.unexpected()).isZero();
        assertThat(tally.otherClientErrors()).as("unexpected 4xx: " + tally.unexpected()).isZero();
        assertThat(tally.connectionFailures()).as("the kill reached the clients").isPositive();
        assertThat(tracked).as("acknowledged quotes").hasSizeGreaterThan(50);
        assertThat(afterRestart.status()).as(afterRestart.toString()).isEqualTo(201);
        assertThat(restarted.logText()).doesNotContain("ERROR");
    }

    /**
     * Clients write until the server is killed with SIGKILL after {@link #TRAFFIC_BEFORE_KILL}.
     *
     * @return how many creates were in flight at the kill (their outcome unknown)
     */
    private static int trafficUntilKilled(WqsProcess server, Credentials token, String customer, int round, Tally tally,
            Queue<Tracked> tracked) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                long seed = round * 100L + c;
                runs.add(clients.submit(() -> drive(server, token, customer, seed, tally, tracked)));
            }
            Thread.sleep(TRAFFIC_BEFORE_KILL.toMillis());
            for (Future<Integer> run : runs) {
                if (run.isDone()) {
                    throw new AssertionError("a client stopped before the kill: " + run.get() + "; log:\n"
                            + server.logTail(40));
                }
            }
            server.kill();
            int createsInFlight = 0;
            for (Future<Integer> run : runs) {
                createsInFlight += run.get(2, TimeUnit.MINUTES);
            }
            return createsInFlight;
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * One client: creates a quote, then (by chance) sends, accepts and converts it, until the server is
     * gone. Returns 1 when the request that failed was a create (its outcome unknown), else 0.
     */
    private static int drive(WqsProcess server, Credentials token, String customer, long seed, Tally tally,
            Queue<Tracked> tracked) {
        Random random = new Random(seed);
        for (long n = 0; ; n++) {
            String body = DemoInstallation.quoteBody(customer, seed * 1_000_000 + n, "crash client " + seed, null);
            HttpResult created = tally.send(server, "POST", "/api/v1/quotes", body, token);
            if (created == null) {
                return 1;
            }
            if (created.status() != 201) {
                continue;
            }
            JsonNode quote = created.json();
            Tracked recorded = new Tracked(quote.get("id").asText(), quote.get("number").asText(), quote.get("lines"),
                    quote.get("pricing").get("total").asText());
            recorded.status = "DRAFT";
            tracked.add(recorded);
            for (String[] step : List.of(new String[] {"send", "SENT"}, new String[] {"accept", "ACCEPTED"},
                    new String[] {"work-order", "CONVERTED"})) {
                if (random.nextInt(10) < 3) {
                    break;
                }
                HttpResult moved = tally.send(server, "POST", "/api/v1/quotes/" + recorded.id + "/" + step[0],
                        null, token);
                if (moved == null) {
                    recorded.pending = step[1];
                    return 0;
                }
                if (moved.status() / 100 != 2) {
                    break;
                }
                recorded.status = step[1];
                if (step[1].equals("CONVERTED")) {
                    recorded.workOrderId = moved.json().get("id").asText();
                }
            }
        }
    }

    /** What the client was told about one quote: its content, its last acknowledged status, the one in flight. */
    private static final class Tracked {
        final String id;
        final String number;
        final JsonNode lines;
        final String total;
        volatile String status;
        volatile String pending;
        volatile String workOrderId;

        Tracked(String id, String number, JsonNode lines, String total) {
            this.id = id;
            this.number = number;
            this.lines = lines;
            this.total = total;
        }
    }

}
