package com.wqs.adapter.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.WebConfig;
import com.wqs.adapter.web.page.PageRoutes;
import com.wqs.adapter.web.pdf.OpenHtmlQuotePdfRenderer;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.RawHttp;
import com.wqs.adapter.web.support.RouteExamples;
import com.wqs.adapter.web.support.RouteExamples.Req;
import com.wqs.adapter.web.support.RouteExamples.RouteCase;
import com.wqs.adapter.web.support.TableChecksum;
import com.wqs.adapter.web.support.WebTestServer;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 7, reliability test 4: a generated corpus of bad input ({@link BadInputCorpus}, fixed seed) against
 * every route of the running API, each request a mutation of the route's valid example
 * ({@link RouteExamples}). Never a 5xx; every 4xx a problem+json with its fields; a validation error names
 * the bad field; the checksum of the database's tables ({@link TableChecksum}) unchanged by every refused
 * request. Hostile text the server accepts comes back verbatim from the API and is shown escaped on the
 * pages ({@link StoredMarkupCheck}). The figures are printed last.
 */
@Tag("reliability")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCorpusReliabilityTest {
    static final long SEED = 20260310L;
    /** Counted as the status of a request the server closed the connection on without answering. */
    private static final int NO_ANSWER = 599;
    /** Fields the domain stores in upper case (a line's colour is a code: "white" is WHITE). */
    private static final Set<String> UPPER_CASED = Set.of("colour");
    /** What a problem never holds: class and package names, Jackson's words, its token locations. */
    private static final Pattern INTERNALS = Pattern.compile(
            "com\\.|java\\.|jackson|source:|line:|column:|`|feature|exception", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");
    /**
     * Fields of which a record gives one or the other: a BOM line has a formula or its pieces, so a line whose
     * pieces are taken away is refused naming its formula ({@code bom[2].formula: is required}).
     */
    private static final Map<String, String> ALTERNATIVES = Map.of("pieces", "formula");

    private static WebTestServer env;
    private static TableChecksum checksum;
    private static final CorpusFigures FIGURES = new CorpusFigures();
    private static final List<String> MARKUP_FIGURES = new ArrayList<>();
    private static final List<AcceptedPayload> ACCEPTED = new ArrayList<>();

    record AcceptedPayload(CorpusEntry entry, String payload) {
    }

    @BeforeAll
    static void start() {
        env = WebTestServer.start(WebConfig.defaults(), useCases -> List.of(new PageRoutes(useCases)),
                new OpenHtmlQuotePdfRenderer());
        checksum = new TableChecksum(env.databaseFile());
    }

    @AfterAll
    static void stop() {
        checksum.close();
        env.close();
        System.out.println();
        System.out.println("Bad-input corpus (seed " + SEED + ", max body " + WebConfig.DEFAULT_MAX_BODY_BYTES
                + " bytes, checksum over tables " + String.join(",", tablesCovered) + "):");
        FIGURES.lines().forEach(System.out::println);
        MARKUP_FIGURES.forEach(System.out::println);
        System.out.println("violations: " + FIGURES.violations().size());
    }

    private static List<String> tablesCovered = List.of();

    @Test
    @Order(1)
    void theCorpusAgainstEveryApiRouteNeverGetsA5xxAndNothingRefusedChangesTheDatabase() {
        tablesCovered = checksum.tables();
        Map<String, RouteCase> cases = RouteExamples.of(env);
        // The JSON API; /api/docs (Swagger UI's page and files) is a public page, checked with the pages.
        List<String> apiRoutes = env.server.routes().stream().filter(r -> r.path().startsWith("/api/v1/"))
                .map(r -> r.method() + " " + r.path()).toList();
        assertThat(cases.keySet()).as("API routes without a valid example in RouteExamples").containsAll(apiRoutes);

        Map<String, Attempt> samples = new LinkedHashMap<>();
        apiRoutes.forEach(route -> samples.put(route, attempt(cases.get(route))));
        List<CorpusEntry> corpus = BadInputCorpus.generate(samples, SEED, WebConfig.DEFAULT_MAX_BODY_BYTES);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(2_000);

        run(corpus, entry -> {
                    Attempt attempt = entry.mutate().apply(attempt(cases.get(entry.route())));
                    // a password change in a route's preparation revokes the tokens: the new one is made here,
                    // before the tables' checksum, not by the send it is measured around
                    credentials(cases.get(entry.route()));
                    return attempt;
                },
                (entry, attempt) -> send(attempt, cases.get(entry.route())), BadInputCorpusReliabilityTest::check);
    }

    @Test
    @Order(2)
    void theFormCorpusAgainstEveryPageWriteRouteNeverGetsA5xxAndNothingRefusedChangesTheDatabase() {
        // the API corpus's failed logins throttled this address: let the window pass
        env.advanceClock(Duration.ofMinutes(16));
        PageTargets targets = new PageTargets(env);
        List<String> pageRoutes = env.server.routes().stream()
                .filter(r -> !r.path().startsWith("/api/") && !r.method().equals("GET"))
                .map(r -> r.method() + " " + r.path()).toList();
        assertThat(pageRoutes).as("page write routes").isNotEmpty()
                .as("page write routes without a target in PageTargets").allMatch(targets::knows);
        List<CorpusEntry> corpus = PageFormCorpus.generate(pageRoutes, SEED, WebConfig.DEFAULT_MAX_BODY_BYTES);
        Credentials.Session admin = env.session(env.admin);
        Deque<Credentials.Session> toSignOut = new ArrayDeque<>();
        corpus.stream().filter(e -> e.route().equals("POST /logout")).forEach(e -> toSignOut.add(env.session(env.admin)));

        run(corpus, entry -> entry.mutate().apply(Attempt.of(entry.route().substring(0, entry.route().indexOf(' ')),
                        targets.path(entry.route()), null, null)),
                (entry, attempt) -> env.http.send(attempt.method(), attempt.path(), attempt.body(),
                        attempt.contentType(), entry.route().equals("POST /logout") ? toSignOut.pop() : admin,
                        Map.of("Accept", "text/html")),
                BadInputCorpusReliabilityTest::checkPage);
    }

    @Test
    @Order(3)
    void storedMarkupIsShownEscapedOnEveryPageAndVerbatimByTheApi() {
        StoredMarkupCheck check = new StoredMarkupCheck(env);
        check.run(ACCEPTED.stream().map(AcceptedPayload::payload).filter(HostileStrings::isMarkup).distinct().toList());
        MARKUP_FIGURES.addAll(check.figures());
        assertThat(check.violations()).as("stored markup violations").isEmpty();
    }

    /**
     * Sends every entry, each prepared just before it is sent (the records it acts on made then), and checks
     * its answer and whether a refusal changed the tables; the violations are printed and must be none.
     */
    private static void run(List<CorpusEntry> corpus, Function<CorpusEntry, Attempt> prepare,
            BiFunction<CorpusEntry, Attempt, HttpResult> send, AnswerCheck check) {
        int before = FIGURES.violations().size();
        String previous = "";
        for (CorpusEntry entry : corpus) {
            Attempt attempt;
            try {
                attempt = prepare.apply(entry);
            } catch (UncheckedIOException e) {
                FIGURES.violation("connection lost after the previous request (" + e.getCause() + "): " + previous);
                continue;
            }
            previous = entry + "\n    request: " + attempt;
            String checksumBefore = checksum.current();
            HttpResult result;
            try {
                result = send.apply(entry, attempt);
            } catch (UncheckedIOException e) {
                FIGURES.record(entry.category(), NO_ANSWER, false);
                FIGURES.violation("no HTTP answer (" + e.getCause() + "): " + previous);
                continue;
            }
            boolean changed = result.status() >= 400 && !checksum.current().equals(checksumBefore);
            FIGURES.record(entry.category(), result.status(), changed);
            String what = previous + "\n    answer: " + abbreviate(result.toString());
            if (result.status() >= 500) {
                FIGURES.violation("5xx: " + what);
                continue;
            }
            if (changed) {
                FIGURES.violation("database changed by a refused request: " + what);
            }
            check.check(entry, result, what);
        }
        List<String> violations = FIGURES.violations().subList(before, FIGURES.violations().size());
        violations.stream().limit(40).forEach(v -> System.out.println("VIOLATION " + v));
        assertThat(violations.size()).as("violations (the first 40 are printed above)").isZero();
    }

    /** The checks of a non-5xx answer besides the database's: status, problem fields, echoed text. */
    private interface AnswerCheck {
        void check(CorpusEntry entry, HttpResult result, String what);
    }

    private static Attempt attempt(RouteCase route) {
        Req req = route.request().apply(env);
        return Attempt.of(route.method(), req.path(), req.body(), req.contentType());
    }

    private static Credentials credentials(RouteCase route) {
        return route.anonymousStatus() == 401 ? env.bearer(route.allowed()) : Credentials.NONE;
    }

    private static HttpResult send(Attempt attempt, RouteCase route) {
        Credentials credentials = credentials(route);
        if (attempt.raw()) {
            return sendRaw(attempt, credentials);
        }
        return attempt.streamed()
                ? env.http.sendChunked(attempt.method(), attempt.path(), attempt.body(), attempt.contentType(),
                        credentials, attempt.headers())
                : env.http.send(attempt.method(), attempt.path(), attempt.body(), attempt.contentType(), credentials,
                        attempt.headers());
    }

    private static HttpResult sendRaw(Attempt attempt, Credentials credentials) {
        List<String> headers = new ArrayList<>();
        if (credentials instanceof Credentials.Bearer bearer) {
            headers.add("Authorization: Bearer " + bearer.secret());
        }
        if (attempt.contentType() != null) {
            headers.add("Content-Type: " + attempt.contentType());
        }
        headers.add("Content-Length: " + (attempt.body() == null ? 0 : attempt.body().length));
        headers.add("Connection: close");
        attempt.headers().forEach((name, value) -> headers.add(name + ": " + value));
        return RawHttp.exchange(env.server.port(), RawHttp.head(attempt.method() + " " + attempt.path() + " HTTP/1.1",
                headers.toArray(String[]::new)), attempt.body());
    }

    private static void check(CorpusEntry entry, HttpResult result, String what) {
        if (entry.expectedStatus() != null && entry.expectedStatus() != result.status()) {
            FIGURES.violation("expected " + entry.expectedStatus() + ": " + what);
        }
        if (result.status() >= 400) {
            checkProblem(entry, result, what);
        } else if (entry.payload() != null) {
            checkVerbatim(entry, result, what);
        }
    }

    private static void checkPage(CorpusEntry entry, HttpResult result, String what) {
        if (result.status() < 400) {
            if (entry.payload() != null) {
                ACCEPTED.add(new AcceptedPayload(entry, entry.payload()));
            }
            return;
        }
        String type = result.contentType() == null ? "" : result.contentType();
        if (type.startsWith("application/problem+json")) {
            checkProblem(entry, result, what);
        } else if (!type.startsWith("text/html")) {
            FIGURES.violation("refused with neither problem+json nor an HTML page: " + what);
        }
    }

    private static void checkProblem(CorpusEntry entry, HttpResult result, String what) {
        if (result.contentType() == null || !result.contentType().startsWith("application/problem+json")) {
            FIGURES.violation("not problem+json: " + what);
            return;
        }
        JsonNode problem = result.json();
        boolean complete = problem.path("type").asText().startsWith("urn:wqs:problem:")
                && !problem.path("title").asText().isBlank() && problem.path("status").asInt() == result.status()
                && problem.has("detail") && problem.path("requestId").asText().equals(result.header("X-Request-Id"));
        if (!complete) {
            FIGURES.violation("incomplete problem: " + what);
        }
        List<String> texts = new ArrayList<>(List.of(problem.path("detail").asText()));
        problem.path("errors").forEach(e -> texts.add(e.path("message").asText()));
        if (texts.stream().anyMatch(text -> INTERNALS.matcher(text).find())) {
            FIGURES.violation("problem naming the reader's internals (a class, a feature, a token location): " + what);
        }
        if (!problem.path("code").asText().equals("validation_failed")) {
            return;
        }
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        if (fields.isEmpty() || fields.stream().anyMatch(String::isBlank)) {
            FIGURES.violation("validation error without fields: " + what);
        } else if (entry.field() != null && fields.stream().noneMatch(f -> related(f, entry.field())
                || related(f, alternative(entry.field())))) {
            FIGURES.violation("validation error does not name " + entry.field() + ": " + what);
        }
    }

    /** The same field, or one contains the other ({@code lines[0]} and {@code lines[0].widthMm}). */
    private static boolean related(String named, String mutated) {
        return named.equals(mutated) || within(named, mutated) || within(mutated, named);
    }

    /** The field that may be given instead of {@code field} ({@code bom[2].pieces} → {@code bom[2].formula}), or itself. */
    private static String alternative(String field) {
        int dot = field.lastIndexOf('.');
        String partner = ALTERNATIVES.get(field.substring(dot + 1));
        return partner == null ? field : field.substring(0, dot + 1) + partner;
    }

    private static boolean within(String inner, String outer) {
        return inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    }

    private static void checkVerbatim(CorpusEntry entry, HttpResult result, String what) {
        ACCEPTED.add(new AcceptedPayload(entry, entry.payload()));
        if (result.contentType() == null || !result.contentType().startsWith("application/json")) {
            return;
        }
        JsonNode node = result.json();
        Matcher m = SEGMENT.matcher(entry.field());
        String last = null;
        while (node != null && m.find()) {
            last = m.group(1);
            node = last != null ? node.get(last) : node.get(Integer.parseInt(m.group(2)));
        }
        if (node != null && node.isTextual() && !node.asText().equals(entry.payload())
                && !(UPPER_CASED.contains(last) && node.asText().equals(entry.payload().toUpperCase(Locale.ROOT)))) {
            FIGURES.violation("accepted text not returned verbatim (got " + abbreviate(node.toString()) + "): " + what);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "...(" + text.length() + " chars)" : text;
    }
}
