package com.wqs.adapter.web.reliability;

import static com.wqs.adapter.web.reliability.JsonMutations.quoted;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;

/**
 * The bad-input corpus: for every route, mutations of one valid example request (as sampled once, to
 * learn its shape). The same seed gives the same corpus. A mutation is applied to a fresh example when it
 * is sent, so it is the only thing wrong with the request.
 */
final class BadInputCorpus {
    static final String MALFORMED = "malformed-json";
    static final String WRONG_TYPE = "wrong-type";
    static final String HUGE_NUMBER = "huge-number";
    static final String NON_POSITIVE = "non-positive";
    static final String UNKNOWN_ENUM = "unknown-enum";
    static final String UNKNOWN_ID = "unknown-id";
    static final String LONG_STRING = "long-string";
    static final String LARGE_ARRAY = "large-array";
    static final String UNICODE = "unicode";
    static final String SQL = "sql-injection";
    static final String HTML = "html-injection";
    static final String OVERSIZED = "oversized-body";
    static final String CONTENT_TYPE = "content-type";
    static final String PATH_PARAM = "path-param";
    static final String QUERY_PARAM = "query-param";
    static final String CSV = "csv";
    static final String JETTY = "jetty-level";

    private static final Pattern ENUM_LIKE = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final Pattern UUID_LIKE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Fields people type free text into: every hostile string goes into each of them. */
    private static final Set<String> FREE_TEXT = Set.of("name", "fullName", "notes", "note", "description", "address",
            "reason", "productionNotes", "deliveryInstructions", "terms", "phone", "taxId");
    private static final List<String> WRONG_TYPES = List.of("\"wrong\"", "12345", "1.5", "true", "null", "[]", "{}");
    private static final List<String> HUGE_NUMBERS = List.of("1e309", "-1e309", "99999999999999999999",
            "\"99999999999999999999\"", "1e-400", "\"0.000000000000000000000000001\"",
            "3.14159265358979323846264338327950288419716939937510", "\"1e999999999\"", "\"-1e-999999999\"",
            "2147483648", "-2147483649", "9223372036854775808", "\"" + "9".repeat(5000) + "\"");
    private static final List<String> NON_POSITIVES = List.of("0", "-1", "\"0\"", "\"-1\"", "-0.01", "\"-0.00\"");
    private static final List<String> PATH_VALUES = List.of("not-a-uuid", "1", "-1",
            "00000000-0000-0000-0000-000000000000", "%00", "%2e%2e", "'%20OR%20'1'%3D'1",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "x".repeat(4000), "%F0%9F%AA%9F", "9".repeat(40), "fixed", "ROUND");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/x-www-form-urlencoded",
            "application/xml", "multipart/form-data; boundary=x", "application/jsonx");

    private final Random random;
    private final long maxBodyBytes;
    private final List<CorpusEntry> entries = new ArrayList<>();

    private BadInputCorpus(long seed, long maxBodyBytes) {
        this.random = new Random(seed);
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * @param samples one valid example request per route key ({@code "POST /api/v1/quotes"}), in a stable order
     */
    static List<CorpusEntry> generate(Map<String, Attempt> samples, long seed, long maxBodyBytes) {
        BadInputCorpus corpus = new BadInputCorpus(seed, maxBodyBytes);
        samples.forEach(corpus::forRoute);
        return Collections.unmodifiableList(corpus.entries);
    }

    private void forRoute(String route, Attempt sample) {
        String template = route.substring(route.indexOf(' ') + 1);
        pathParams(route, template, sample);
        jettyLevel(route, template);
        if (sample.method().equals("GET")) {
            queryParams(route, sample);
        } else if (sample.body() == null) {
            unexpectedBodies(route);
        } else if ("text/csv".equals(sample.contentType())) {
            csvBody(route, sample);
            wholeBody(route, sample, "application/json");
        } else {
            jsonBody(route, sample);
            wholeBody(route, sample, "text/csv");
        }
    }

    // ---- path and query parameters --------------------------------------------------------------------

    private void pathParams(String route, String template, Attempt sample) {
        String[] names = template.split("/");
        for (int i = 0; i < names.length; i++) {
            if (!names[i].startsWith("{")) {
                continue;
            }
            String param = names[i].substring(1, names[i].length() - 1);
            int segment = i;
            List<String> values = new ArrayList<>(PATH_VALUES);
            values.add(randomUuid().toString());
            for (String value : values) {
                add(PATH_PARAM, route, param + " = " + abbreviate(value), param, null, null,
                        a -> a.withPath(replaceSegment(a.path(), segment, value)));
            }
        }
    }

    private static String replaceSegment(String pathAndQuery, int segment, String value) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String[] parts = path.split("/", -1);
        parts[segment] = value;
        return String.join("/", parts) + (q < 0 ? "" : pathAndQuery.substring(q));
    }

    private void queryParams(String route, Attempt sample) {
        int q = sample.path().indexOf('?');
        if (q < 0) {
            return;
        }
        List<String> params = Arrays.stream(sample.path().substring(q + 1).split("&"))
                .map(p -> p.substring(0, p.indexOf('='))).toList();
        List<String> values = new ArrayList<>(List.of("abc", "1.5", "", "99999999999999999999", "-1", "0",
                "UNKNOWN_VALUE", "x".repeat(5000), "\u0000", "\u202e", "2026-02-30"));
        values.add(pick(HostileStrings.MARKUP));
        values.add(pick(HostileStrings.SQL));
        for (String param : params) {
            for (String value : values) {
                String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
                add(QUERY_PARAM, route, param + " = " + abbreviate(value), param, null, null,
                        a -> a.withPath(replaceQuery(a.path(), param, encoded)));
            }
            add(QUERY_PARAM, route, param + " given twice", param, null, null,
                    a -> a.withPath(a.path() + "&" + param + "=UNKNOWN_VALUE"));
        }
    }

    private static String replaceQuery(String pathAndQuery, String param, String encoded) {
        int q = pathAndQuery.indexOf('?');
        return pathAndQuery.substring(0, q + 1) + Arrays.stream(pathAndQuery.substring(q + 1).split("&"))
                .map(p -> p.startsWith(param + "=") ? param + "=" + encoded : p).collect(Collectors.joining("&"));
    }

    // ---- requests Jetty refuses before any route ----------------------------------------------------------

    /**
     * Requests no HTTP client sends, written on a socket: a path parameter with an unencoded brace, a bad or
     * ambiguous escape; a header of 64 KB; methods no route serves. Each must be a problem+json with the
     * request id like every other error.
     */
    private void jettyLevel(String route, String template) {
        String[] names = template.split("/");
        for (int i = 0; i < names.length; i++) {
            if (!names[i].startsWith("{")) {
                continue;
            }
            String param = names[i].substring(1, names[i].length() - 1);
            int segment = i;
            for (String value : List.of("{" + param + "}", "%zz", "%", "%00", "\u00e9")) {
                add(JETTY, route, param + " = " + value + " (raw)", null, 400, null,
                        a -> a.withPath(replaceSegment(a.path(), segment, value)).raw(null));
            }
        }
        add(JETTY, route, "path ending in /%zz (raw)", null, 400, null,
                a -> a.withPath(a.path().replaceFirst("\\?.*$", "") + "/%zz").raw(null));
        add(JETTY, route, "header of 64 KB (raw)", null, 431, null,
                a -> a.withBody(null, null).withHeaders(Map.of("X-Big", "a".repeat(64 * 1024))).raw(null));
        for (String method : List.of("FOO", "TRACE", "PROPFIND")) {
            add(JETTY, route, "method " + method + " (raw)", null, 405, null, a -> a.raw(method));
        }
    }

    // ---- JSON bodies ------------------------------------------------------------------------------------

    private void jsonBody(String route, Attempt sample) {
        String body = sample.bodyText();
        malformed(route, body);
        add(WRONG_TYPE, route, "empty object", null, null, null, a -> a.withBody("{}"));
        JsonNode root = JsonMutations.parse(body);
        for (List<Object> path : JsonMutations.paths(root)) {
            fieldMutations(route, path, JsonMutations.at(root, path));
        }
    }

    private void malformed(String route, String s) {
        List<String> bodies = new ArrayList<>(List.of(s.substring(0, 1), s.substring(0, s.length() / 3),
                s.substring(0, s.length() / 2), s.substring(0, s.length() - 1), s + " x", s + "}", s + "{}", s + ",",
                s + s, "[" + s + "]", "\"text\"", "42", "true", "null", "[]", "{", "/*comment*/" + s,
                s.replace('"', '\''), s.replaceAll("\"([A-Za-z]+)\":", "$1:"), s.replaceFirst(":", "::"),
                "{\"x\":NaN," + s.substring(1), "{\"x\":Infinity," + s.substring(1), "{\"x\":007," + s.substring(1),
                "[".repeat(100_000) + "]".repeat(100_000), "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)));
        for (int i = 0; i < 3; i++) {
            bodies.add(s.substring(0, 1 + random.nextInt(s.length() - 1)));
        }
        String firstMember = firstMember(s);
        bodies.add("{" + firstMember + "," + s.substring(1));
        for (String bad : bodies) {
            add(MALFORMED, route, abbreviate(bad), null, 400, null, a -> a.withBody(malformedFrom(a, s, bad)));
        }
        add(MALFORMED, route, "deep array in the first field", null, 400, null,
                a -> a.withBody(JsonMutations.replace(a.bodyText(), List.of(firstKey(s)),
                        "[".repeat(20_000) + "]".repeat(20_000))));
        add(MALFORMED, route, "invalid UTF-8 in a string", null, 400, null,
                a -> a.withBody(invalidUtf8(a.bodyText()), a.contentType()));
        add(MALFORMED, route, "empty body", null, null, null, a -> a.withBody(""));
        add(MALFORMED, route, "blank body", null, null, null, a -> a.withBody(" \n\t "));
    }

    /** The malformed variant of a fresh example: built from the sample's text unless it names fresh ids. */
    private static String malformedFrom(Attempt fresh, String sample, String bad) {
        return fresh.bodyText().equals(sample) ? bad : bad.replace(sample, fresh.bodyText());
    }

    private static String firstKey(String json) {
        return JsonMutations.parse(json).fieldNames().next();
    }

    private static String firstMember(String json) {
        JsonNode root = JsonMutations.parse(json);
        String key = root.fieldNames().next();
        return quoted(key) + ":" + JsonMutations.write(root.get(key));
    }

    private static byte[] invalidUtf8(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int quote = json.indexOf("\":\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, quote + 3);
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        out.write(bytes, quote + 3, bytes.length - quote - 3);
        return out.toByteArray();
    }

    private void fieldMutations(String route, List<Object> path, JsonNode node) {
        String field = JsonMutations.fieldName(path);
        for (String raw : sample(WRONG_TYPES.stream().filter(t -> !sameType(node, t)).toList(), 4)) {
            replaceAt(WRONG_TYPE, route, path, raw, null);
        }
        add(WRONG_TYPE, route, field + " absent", field, null, null,
                a -> a.withBody(JsonMutations.remove(a.bodyText(), path)));
        if (node.isArray() && !node.isEmpty()) {
            String element = JsonMutations.write(node.get(0));
            replaceAt(LARGE_ARRAY, route, path, "[" + String.join(",", Collections.nCopies(300, element)) + "]", null);
            replaceAt(LARGE_ARRAY, route, path, "[null]", null);
        }
        if (isNumeric(node)) {
            sample(HUGE_NUMBERS, 7).forEach(raw -> replaceAt(HUGE_NUMBER, route, path, raw, null));
            NON_POSITIVES.forEach(raw -> replaceAt(NON_POSITIVE, route, path, raw, null));
        }
        if (!node.isTextual()) {
            return;
        }
        String value = node.asText();
        if (ENUM_LIKE.matcher(value).matches()) {
            for (String raw : List.of("\"UNKNOWN_VALUE\"", quoted(value.toLowerCase()), quoted(value + " "), "\"\"",
                    quoted(value + "\u0000"))) {
                replaceAt(UNKNOWN_ENUM, route, path, raw, null);
            }
        }
        if (UUID_LIKE.matcher(value).matches()) {
            for (String raw : List.of(quoted(randomUuid().toString()), "\"not-a-uuid\"",
                    "\"00000000-0000-0000-0000-000000000000\"", "\"{" + value + "}\"", quoted(value.toUpperCase()),
                    quoted(value + "0"), "42")) {
                replaceAt(UNKNOWN_ID, route, path, raw, null);
            }
        }
        if (field.endsWith("Code")) {
            for (String raw : List.of("\"NO-SUCH-CODE\"", quoted(value.toLowerCase()), "\"\"")) {
                replaceAt(UNKNOWN_ID, route, path, raw, null);
            }
        }
        // Every text field has a limit (TextLimits) far below 100,000 characters: refused naming the field, never
        // stored; only the login answers 401 (it does not say which part of the credentials is wrong).
        String longField = JsonMutations.fieldName(path);
        add(LONG_STRING, route, longField + " = " + abbreviate(quoted(HostileStrings.LONG)), longField,
                route.endsWith("/auth/login") ? null : 400, null,
                a -> a.withBody(JsonMutations.replace(a.bodyText(), path, quoted(HostileStrings.LONG))));
        boolean freeText = FREE_TEXT.contains(String.valueOf(path.get(path.size() - 1)));
        for (String text : freeText ? HostileStrings.MARKUP : List.of(pick(HostileStrings.MARKUP),
                pick(HostileStrings.MARKUP))) {
            replaceAt(HTML, route, path, quoted(text), text);
        }
        for (String text : freeText ? HostileStrings.SQL : List.of(pick(HostileStrings.SQL))) {
            replaceAt(SQL, route, path, quoted(text), text);
        }
        for (String escaped : freeText ? HostileStrings.UNICODE_JSON : List.of(pick(HostileStrings.UNICODE_JSON),
                pick(HostileStrings.UNICODE_JSON))) {
            String raw = "\"" + escaped + "\"";
            replaceAt(UNICODE, route, path, raw, decode(raw));
        }
    }

    private void replaceAt(String category, String route, List<Object> path, String raw, String payload) {
        String field = JsonMutations.fieldName(path);
        add(category, route, field + " = " + abbreviate(raw), field, null, payload,
                a -> a.withBody(JsonMutations.replace(a.bodyText(), path, raw)));
    }

    private static boolean sameType(JsonNode node, String raw) {
        JsonNode other = JsonMutations.parse(raw);
        return node.getNodeType() == other.getNodeType() && node.isIntegralNumber() == other.isIntegralNumber();
    }

    private static boolean isNumeric(JsonNode node) {
        if (node.isNumber()) {
            return true;
        }
        if (!node.isTextual()) {
            return false;
        }
        try {
            new BigDecimal(node.asText());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String decode(String rawJsonString) {
        try {
            return JsonMutations.MAPPER.readValue(rawJsonString, String.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- CSV bodies -------------------------------------------------------------------------------------

    private void csvBody(String route, Attempt sample) {
        String[] lines = sample.bodyText().split("\n");
        List<String> header = List.of(lines[0].split(","));
        for (int column = 0; column < header.size(); column++) {
            String name = header.get(column);
            List<String> values = new ArrayList<>(List.of("99999999999999999999", "1e309", "-1", "0", "abc",
                    "UNKNOWN_VALUE", HostileStrings.LONG, "nul \u0000 inside", "rtl \u202e override",
                    "emoji \uD83E\uDE9F", "=HYPERLINK(\"http://evil.example\")", "\"unbalanced"));
            values.addAll(HostileStrings.MARKUP.subList(0, 3));
            values.add(pick(HostileStrings.SQL));
            for (String value : values) {
                int at = column;
                String payload = HostileStrings.isMarkup(value) ? value : null;
                add(CSV, route, name + " = " + abbreviate(value), "rows[2]." + name, null, payload,
                        a -> a.withBody(csvWithCell(a.bodyText(), at, value)));
            }
        }
        List<String> structural = List.of(lines[0] + "\n", lines[0] + "\n" + lines[1] + ",extra,cells\n",
                lines[0] + "\n" + lines[1].substring(0, lines[1].lastIndexOf(',')) + "\n",
                lines[0] + ",code\n" + lines[1] + ",X\n", "nonsense,header\n" + lines[1] + "\n",
                lines[0] + "\n\"" + lines[1] + "\n", "\uFEFF" + lines[0] + "\r\n" + lines[1] + "\r\n",
                lines[0] + "\n" + (lines[1] + "\n").repeat(2), "", "\u0000\u0000\u0000");
        for (String bad : structural) {
            add(CSV, route, abbreviate(bad), null, null, null, a -> a.withBody(bad));
        }
        add(CSV, route, "invalid UTF-8", null, 400, null,
                a -> a.withBody(invalidUtf8InCsv(a.bodyText()), a.contentType()));
    }

    private static String csvWithCell(String csv, int column, String value) {
        String[] lines = csv.split("\n");
        List<String> cells = new ArrayList<>(List.of(lines[1].split(",", -1)));
        cells.set(column, value);
        return lines[0] + "\n" + CSVFormat.DEFAULT.format(cells.toArray()) + "\n";
    }

    private static byte[] invalidUtf8InCsv(String csv) {
        String[] lines = csv.split("\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((lines[0] + "\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        out.writeBytes((lines[1] + "\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    // ---- whole requests ---------------------------------------------------------------------------------

    private void wholeBody(String route, Attempt sample, String otherType) {
        byte[] huge = oversized(sample.contentType());
        add(OVERSIZED, route, (maxBodyBytes + 1) + " bytes", null, 413, null, a -> a.withBody(huge, a.contentType()));
        add(OVERSIZED, route, (maxBodyBytes + 1) + " bytes, chunked", null, 413, null,
                a -> a.withBody(huge, a.contentType()).inChunks());
        List<String> types = new ArrayList<>(CONTENT_TYPES);
        types.add(otherType);
        for (String charset : List.of("utf-16", "UTF-16LE", "iso-8859-1", "\"windows-1252\"")) {
            types.add(sample.contentType() + "; charset=" + charset);
        }
        for (String type : types) {
            add(CONTENT_TYPE, route, "Content-Type: " + type, null, 415, null, a -> a.withBody(a.body(), type));
        }
        add(CONTENT_TYPE, route, "no Content-Type", null, 415, null, a -> a.withBody(a.body(), null));
    }

    private byte[] oversized(String contentType) {
        String filler = "x".repeat((int) maxBodyBytes + 1);
        String text = "text/csv".equals(contentType) ? "code,name\nX," + filler + "\n" : "{\"name\":\"" + filler + "\"}";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void unexpectedBodies(String route) {
        for (String bad : List.of("{", "[1,2", "null", "\"text\"", "{\"note\":" + "[".repeat(10_000) + "}")) {
            add(MALFORMED, route, "unexpected body " + abbreviate(bad), null, null, null,
                    a -> a.withBody(bad.getBytes(StandardCharsets.UTF_8), "application/json"));
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private void add(String category, String route, String description, String field, Integer status, String payload,
            UnaryOperator<Attempt> mutate) {
        entries.add(new CorpusEntry(category, route, description, field, status, payload, mutate));
    }

    /** {@code count} of {@code values} chosen by the seeded random, in their order. */
    private <T> List<T> sample(List<T> values, int count) {
        List<T> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random);
        List<T> chosen = shuffled.subList(0, Math.min(count, shuffled.size()));
        return values.stream().filter(chosen::contains).toList();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private UUID randomUuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace("\n", "\\n");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "...(" + text.length() + " chars)" : oneLine;
    }

}
