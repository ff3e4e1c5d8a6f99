package com.wqs.adapter.web.reliability;

import static com.wqs.adapter.web.reliability.JsonMutations.quoted;

import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The stored-XSS half of the bad-input test: markup is stored through the API in every text a person
 * types (customer, material, product, quote notes and lines, rejection and cancellation reasons, work
 * order notes, status notes, user name, company name), each with its own marker. Every page that shows
 * one must show it as text (parsed with jsoup: in a text node or an attribute value, so escaped in the
 * HTML as {@code &lt;script&gt;}); no page may contain a script, event handler, javascript: URL or frame
 * that a payload (of this showcase or accepted from the corpus) could have put there; the JSON API returns
 * them verbatim; the PDF prints them as text.
 */
final class StoredMarkupCheck {
    private final WebTestServer env;
    private final Map<String, String> payloads = new LinkedHashMap<>();
    private final Map<String, Set<String>> expectedOnPage = new LinkedHashMap<>();
    private final List<String> violations = new ArrayList<>();
    private int pagesFetched;
    private int shownAsText;

    StoredMarkupCheck(WebTestServer env) {
        this.env = env;
    }

    /** @param acceptedElsewhere markup the corpus got accepted: must not appear raw on any page either */
    void run(List<String> acceptedElsewhere) {
        env.advanceClock(Duration.ofMinutes(1)); // the showcase quotes are the dashboard's most recent
        Credentials admin = env.bearer(env.admin);
        Credentials sales = env.bearer(env.sales);
        Credentials production = env.bearer(env.production);

        // first: a quote's PDF shows the company details as they were when it was sent
        long version = env.useCases.settings().get(env.admin.asActor()).version();
        put("/api/v1/settings", Requests.settings(version).replace("\"Ventanas SA\"", q("settings.companyName"))
                .replace("\"Net 30\"", q("settings.terms")), admin);
        String customer = id(post("/api/v1/customers", "{\"name\":" + q("customer.name") + ",\"email\":\"x@example.com\","
                + "\"phone\":" + shortQ("c.phone") + ",\"address\":" + q("customer.address") + ",\"taxId\":"
                + shortQ("c.taxId") + ",\"notes\":" + q("customer.notes") + "}", sales));
        String material = id(post("/api/v1/materials", "{\"code\":\"XSS-MAT\",\"name\":" + q("material.name")
                + ",\"category\":\"HARDWARE\",\"unit\":\"PIECE\",\"unitCost\":\"1.00\"}", admin));
        String product = id(post("/api/v1/products", Requests.product("XSS-PRD")
                .replace("\"Fixed window\"", q("product.name")).replace("\"Frame\"", q("product.bom.description")),
                admin));
        String quote = id(post("/api/v1/quotes", quoteBody(customer, "accepted"), sales));
        post("/api/v1/quotes/" + quote + "/send", null, sales);
        post("/api/v1/quotes/" + quote + "/accept", null, sales);
        String workOrder = post("/api/v1/quotes/" + quote + "/work-order", "{\"productionNotes\":"
                + q("workOrder.productionNotes") + ",\"deliveryInstructions\":" + q("workOrder.deliveryInstructions")
                + "}", sales).json().get("id").asText();
        post("/api/v1/work-orders/" + workOrder + "/status", "{\"to\":\"MATERIALS_ORDERED\",\"note\":"
                + q("workOrder.statusNote") + "}", production);
        String rejected = id(post("/api/v1/quotes", quoteBody(customer, "rejected"), sales));
        post("/api/v1/quotes/" + rejected + "/send", null, sales);
        post("/api/v1/quotes/" + rejected + "/reject", "{\"reason\":" + q("quote.rejectReason") + "}", sales);
        String cancelled = id(post("/api/v1/quotes", quoteBody(customer, "cancelled"), sales));
        post("/api/v1/quotes/" + cancelled + "/cancel", "{\"note\":" + q("quote.cancelNote") + "}", sales);
        String draft = id(post("/api/v1/quotes", quoteBody(customer, "draft"), sales));
        post("/api/v1/users", Requests.newUser("SALES").replace("\"New User\"", q("user.fullName")), admin);

        expect("/customers", "customer.name");
        expect("/customers/" + customer, "customer.name", "c.phone", "customer.address", "c.taxId",
                "customer.notes");
        expect("/catalog", "material.name", "product.name");
        expect("/catalog/materials/" + material, "material.name");
        expect("/catalog/products/" + product, "product.name", "product.bom.description");
        expect("/quotes", "customer.name");
        expect("/quotes/" + quote, "customer.name", "quote.notes.accepted", "quote.line.accepted");
        expect("/quotes/" + rejected, "quote.rejectReason");
        expect("/quotes/" + cancelled, "quote.cancelNote");
        expect("/quotes/" + draft + "/edit", "quote.notes.draft", "quote.line.draft");
        expect("/dashboard?scope=all", "customer.name");
        expect("/work-orders", "customer.name");
        expect("/work-orders/" + workOrder, "customer.name", "workOrder.productionNotes",
                "workOrder.deliveryInstructions", "workOrder.statusNote");
        expect("/users", "user.fullName");
        expect("/settings", "settings.companyName", "settings.terms");

        Set<String> everyPayload = new LinkedHashSet<>(payloads.values());
        everyPayload.addAll(acceptedElsewhere);
        expectedOnPage.forEach((page, expected) -> checkPage(page, expected, everyPayload, admin));
        checkPage("/dashboard", Set.of(), everyPayload, sales);
        checkPage("/quotes", Set.of(), everyPayload, sales);

        verbatim("/api/v1/customers/" + customer, "name", "customer.name");
        verbatim("/api/v1/customers/" + customer, "notes", "customer.notes");
        verbatim("/api/v1/materials/" + material, "name", "material.name");
        verbatim("/api/v1/quotes/" + quote, "notes", "quote.notes.accepted");
        verbatim("/api/v1/work-orders/" + workOrder, "productionNotes", "workOrder.productionNotes");
        checkPdf(quote, List.of("customer.name", "quote.notes.accepted", "quote.line.accepted",
                "settings.companyName"));
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    List<String> figures() {
        return List.of("stored markup: " + payloads.size() + " payloads stored, " + pagesFetched
                + " pages fetched, " + shownAsText + " expected occurrences shown as text, " + violations.size()
                + " live, unescaped or missing");
    }

    // ---- the showcase -----------------------------------------------------------------------------------

    /** A markup payload with its own marker for {@code location}, as a JSON string. */
    private String q(String location) {
        return q(location, HostileStrings.MARKUP.get(payloads.size() % HostileStrings.MARKUP.size()));
    }

    /** As {@link #q(String)}, for fields of at most 50 characters. */
    private String shortQ(String location) {
        return q(location, HostileStrings.MARKUP.get(payloads.size() % 2));
    }

    private String q(String location, String base) {
        String payload = base.replaceAll("wqs-xss-(\\d)", "wqs-xss-" + location + "-$1");
        payloads.put(location, payload);
        return quoted(payload);
    }

    private String quoteBody(String customer, String which) {
        String line = Requests.windowLine().replace("}", ",\"description\":" + q("quote.line." + which) + "}");
        return "{\"customerId\":\"" + customer + "\",\"lines\":[" + line + "," + Requests.materialLine()
                + "],\"notes\":" + q("quote.notes." + which) + "}";
    }

    private HttpResult post(String path, String body, Credentials credentials) {
        return accepted(path, env.http.post(path, body, credentials));
    }

    private void put(String path, String body, Credentials credentials) {
        accepted(path, env.http.put(path, body, credentials));
    }

    private HttpResult accepted(String path, HttpResult result) {
        if (result.status() >= 300) {
            throw new IllegalStateException("storing the showcase failed at " + path + ": " + result);
        }
        return result;
    }

    private static String id(HttpResult created) {
        return created.json().get("id").asText();
    }

    private void expect(String page, String... locations) {
        expectedOnPage.put(page, Set.of(locations));
    }

    // ---- the checks -------------------------------------------------------------------------------------

    private void checkPage(String page, Set<String> expected, Set<String> everyPayload, Credentials credentials) {
        HttpResult result = env.http.send("GET", page, null, null, credentials, Map.of("Accept", "text/html"));
        pagesFetched++;
        if (result.status() != 200) {
            violations.add(page + ": status " + result.status());
            return;
        }
        Document document = Jsoup.parse(result.text());
        for (Element element : document.getAllElements()) {
            liveMarkup(element).ifPresent(live -> violations.add(page + ": live markup " + live + " in "
                    + abbreviate(element.outerHtml())));
        }
        List<String> texts = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            element.textNodes().forEach(text -> texts.add(text.getWholeText()));
            element.attributes().forEach(attribute -> texts.add(attribute.getValue()));
            if (element.tagName().equals("textarea")) {
                texts.add(element.wholeText());
            }
        }
        for (String location : expected) {
            String payload = payloads.get(location);
            if (texts.stream().anyMatch(text -> text.contains(payload))) {
                shownAsText++;
            } else {
                violations.add(page + ": " + location + " not shown as text: " + payload);
            }
        }
        for (String payload : everyPayload) {
            if (payload.contains("<") && result.text().contains(payload)) {
                violations.add(page + ": unescaped " + payload);
            }
        }
    }

    /**
     * What the parsed page has that only a payload could have put there: a script with content, an inline
     * event handler, a javascript: URL, a frame. The pages themselves have none of these (their
     * Content-Security-Policy forbids inline script).
     */
    private static Optional<String> liveMarkup(Element element) {
        if (element.tagName().equals("script") && !element.data().isBlank()) {
            return Optional.of("inline script");
        }
        if (element.tagName().equals("iframe")) {
            return Optional.of("iframe");
        }
        for (Attribute attribute : element.attributes()) {
            if (attribute.getKey().startsWith("on")) {
                return Optional.of("event handler " + attribute.getKey());
            }
            if (attribute.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                return Optional.of("javascript: URL");
            }
            if (attribute.getKey().contains("wqs-xss") || attribute.getKey().contains("alert")) {
                return Optional.of("attribute " + attribute.getKey());
            }
        }
        return Optional.empty();
    }

    private static String abbreviate(String html) {
        return html.length() > 200 ? html.substring(0, 200) + "..." : html;
    }

    private void verbatim(String path, String field, String location) {
        String value = env.http.get(path, env.bearer(env.admin)).json().path(field).asText();
        if (!value.equals(payloads.get(location))) {
            violations.add(path + " " + field + ": " + value + " is not " + payloads.get(location));
        }
    }

    private void checkPdf(String quote, List<String> locations) {
        HttpResult pdf = env.http.get("/api/v1/quotes/" + quote + "/pdf", env.bearer(env.sales));
        if (pdf.status() != 200) {
            violations.add("PDF: status " + pdf.status());
            return;
        }
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String location : locations) {
            if (!text.contains(payloads.get(location).replaceAll("\\s", ""))) {
                violations.add("PDF: " + location + " not printed as text: " + payloads.get(location));
            }
        }
    }

}
