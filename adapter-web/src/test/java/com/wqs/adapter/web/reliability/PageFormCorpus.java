package com.wqs.adapter.web.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The bad-input corpus for the HTML pages' form posts. Forms have no JSON example to mutate, so every
 * field any page form reads is sent at once with the same bad value, plus malformed and oversized bodies,
 * wrong content types and bad path parameters. The same seed gives the same corpus.
 */
final class PageFormCorpus {
    static final String FORM = "page-form";
    static final String FORM_ENCODED = "application/x-www-form-urlencoded";

    /** The names the page forms read (FormInput), including the indexed rows of the editors. */
    private static final List<String> FIELDS = List.of("name", "email", "phone", "address", "taxId", "notes", "code",
            "category", "unit", "unitCost", "stockLengthM", "active", "windowType", "minWidthMm", "maxWidthMm",
            "minHeightMm", "maxHeightMm", "fullName", "role", "password", "reason", "note", "priority",
            "estimatedDelivery", "productionNotes", "deliveryInstructions", "to", "customerId", "validUntil",
            "lines[0].type", "lines[0].productCode", "lines[0].glassCode", "lines[0].colour", "lines[0].widthMm",
            "lines[0].heightMm", "lines[0].quantity", "lines[0].materialCode", "lines[0].description",
            "rates.profitMargin", "rates.discountRate", "bom[0].materialCode", "bom[0].formula",
            "bom[0].wasteFactor", "bom[0].scope", "bom[0].description", "bom[0].pieces.count",
            "bom[0].pieces.lengthMm", "bom[0].pieces.startAngle", "bom[0].pieces.endAngle", "colours[0].colour", "colours[0].cost", "profitMargin", "indirectRate", "taxRate",
            "glassWaste", "validityDays", "currency", "zone", "locale", "terms", "version", "kind", "next",
            "FIXED.ratePerM2", "FIXED.complexity", "idempotencyKey", "q", "page");

    private final Random random;
    private final long maxBodyBytes;
    private final List<CorpusEntry> entries = new ArrayList<>();

    private PageFormCorpus(long seed, long maxBodyBytes) {
        this.random = new Random(seed);
        this.maxBodyBytes = maxBodyBytes;
    }

    /** @param routes {@code "POST /customers/{id}"} keys of the pages' write routes */
    static List<CorpusEntry> generate(List<String> routes, long seed, long maxBodyBytes) {
        PageFormCorpus corpus = new PageFormCorpus(seed, maxBodyBytes);
        routes.forEach(corpus::forRoute);
        return Collections.unmodifiableList(corpus.entries);
    }

    private void forRoute(String route) {
        List<String> values = new ArrayList<>(List.of("", "abc", "-1", "0", "99999999999999999999", "1e309",
                "1e999999999", "2026-02-30", "UNKNOWN_VALUE", HostileStrings.LONG, "nul \u0000 inside",
                "bell \u0007", "rtl \u202e override", "emoji \uD83E\uDE9F", "combining e\u0301\u0301"));
        for (int i = 0; i < 3; i++) {
            values.add(HostileStrings.MARKUP.get(random.nextInt(HostileStrings.MARKUP.size())));
        }
        values.add(HostileStrings.SQL.get(random.nextInt(HostileStrings.SQL.size())));
        for (String value : values) {
            String payload = HostileStrings.isMarkup(value) ? value : null;
            add(route, "every field = " + abbreviate(value), payload, a -> a.withBody(form(value), FORM_ENCODED));
        }
        add(route, "empty form", null, a -> a.withBody(new byte[0], FORM_ENCODED));
        add(route, "invalid percent-encoding", null,
                a -> a.withBody("name=%zz%&notes=%E0%A4%A&%=".getBytes(StandardCharsets.US_ASCII), FORM_ENCODED));
        add(route, "field repeated 1500 times", null,
                a -> a.withBody(String.join("&", Collections.nCopies(1500, "name=x")).getBytes(StandardCharsets.UTF_8),
                        FORM_ENCODED));
        add(route, "300 KB form, under the body limit", null,
                a -> a.withBody(("notes=" + "n".repeat(300_000)).getBytes(StandardCharsets.US_ASCII), FORM_ENCODED));
        byte[] huge = ("name=" + "x".repeat((int) maxBodyBytes + 1)).getBytes(StandardCharsets.US_ASCII);
        add(route, (maxBodyBytes + 1) + " bytes", null, a -> a.withBody(huge, FORM_ENCODED));
        add(route, "JSON instead of a form", null,
                a -> a.withBody("{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8), "application/json"));
        add(route, "multipart without boundary", null,
                a -> a.withBody("name=x".getBytes(StandardCharsets.UTF_8), "multipart/form-data"));
        String template = route.substring(route.indexOf(' ') + 1);
        String[] segments = template.split("/");
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                int at = i;
                for (String bad : List.of("not-a-uuid", "1", "00000000-0000-0000-0000-000000000000", "%00", "%2e%2e",
                        "%3Cscript%3E", "x".repeat(4000))) {
                    add(route, "path " + segments[i] + " = " + abbreviate(bad), null, a -> {
                        String[] parts = a.path().split("/", -1);
                        parts[at] = bad;
                        return a.withPath(String.join("/", parts)).withBody(form("x"), FORM_ENCODED);
                    });
                }
            }
        }
    }

    /**
     * Every field set to {@code value}; a long value only in the first 20 fields, so the form stays under the
     * body limit (bodies over it are the oversized entry's business).
     */
    private static byte[] form(String value) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        return FIELDS.stream().limit(value.length() > 10_000 ? 20 : FIELDS.size()).map(f -> URLEncoder.encode(f, StandardCharsets.UTF_8) + "=" + encoded)
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
    }

    private void add(String route, String description, String payload, java.util.function.UnaryOperator<Attempt> m) {
        entries.add(new CorpusEntry(FORM, route, description, null, null, payload, m));
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "...(" + text.length() + " chars)" : text;
    }
}
