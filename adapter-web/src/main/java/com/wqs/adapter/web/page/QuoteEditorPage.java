package com.wqs.adapter.web.page;

import com.wqs.adapter.web.page.QuoteEditorView.Choices;
import com.wqs.adapter.web.page.QuoteEditorView.LineInput;
import com.wqs.adapter.web.page.QuoteEditorView.RatesInput;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.service.UseCases;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.StaleVersionException;
import com.wqs.domain.shared.ValidationException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creating and editing a draft quote. The form posts lines as {@code lines[i].field}, the same paths the
 * pricing errors name, so every message lands next to its field; the page's script prices the lines
 * live through {@code POST /api/v1/quotes/price} while they are typed.
 */
final class QuoteEditorPage {
    private static final Pattern LINE_TYPE = Pattern.compile("lines\\[(\\d{1,3})]\\.type");
    private static final int CUSTOMER_CHOICES = 200;

    private final UseCases useCases;
    private final PageRenderer renderer;

    QuoteEditorPage(UseCases useCases, PageRenderer renderer) {
        this.useCases = useCases;
        this.renderer = renderer;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/quotes/new", this::showNew);
        routes.post("/quotes", this::create);
        routes.get("/quotes/{id}/edit", this::showEdit);
        routes.post("/quotes/{id}/edit", this::update);
        routes.post("/quotes/drawing", this::drawing);
    }

    private void showNew(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        QuoteRates defaults = QuoteRates.from(viewer.settings());
        String customer = ctx.queryParam("customer") == null ? "" : ctx.queryParam("customer");
        QuoteEditorView view = new QuoteEditorView(null, null, 1, "", customer, customers(viewer, customer), List.of(),
                RatesInput.of(defaults), "", "", choices(viewer), FieldErrors.NONE, null);
        render(ctx, viewer, 200, view);
    }

    private void showEdit(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        Quote quote = useCases.findQuotes().get(viewer.actor(), QuotePage.quoteId(ctx));
        if (quote.status() != QuoteStatus.DRAFT) {
            // Only drafts are edited: a sent quote is revised first.
            ctx.redirect("/quotes/" + quote.id(), HttpStatus.SEE_OTHER);
            return;
        }
        String customer = quote.customerId().toString();
        render(ctx, viewer, 200, QuoteEditorView.ofQuote(quote, customers(viewer, customer), choices(viewer)));
    }

    private void create(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        Submitted submitted = read(ctx);
        if (editsLines(ctx)) {
            render(ctx, viewer, 200, submitted.withLineEdit(ctx).view(null, null, 1, this, viewer, FieldErrors.NONE));
            return;
        }
        try {
            Quote quote = useCases.createQuote().create(viewer.actor(), submitted.validCommand());
            ctx.redirect("/quotes/" + quote.id() + "?done=created", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            render(ctx, viewer, 400, submitted.view(null, null, 1, this, viewer, new FieldErrors(e.errors())));
        }
    }

    private void update(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        QuoteId id = QuotePage.quoteId(ctx);
        Submitted submitted = read(ctx);
        if (editsLines(ctx)) {
            Quote quote = useCases.findQuotes().get(viewer.actor(), id);
            render(ctx, viewer, 200, submitted.withLineEdit(ctx).view(id.toString(), quote.number(), quote.revision(),
                    this, viewer, FieldErrors.NONE));
            return;
        }
        try {
            useCases.updateQuote().update(viewer.actor(), id, submitted.validCommand(), submitted.expectedVersion());
            ctx.redirect("/quotes/" + id + "?done=saved", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            Quote quote = useCases.findQuotes().get(viewer.actor(), id);
            render(ctx, viewer, 400, submitted.view(id.toString(), quote.number(), quote.revision(), this, viewer,
                    new FieldErrors(e.errors())));
        } catch (ConflictException e) {
            Quote quote = useCases.findQuotes().get(viewer.actor(), id);
            render(ctx, viewer, 409, submitted.view(id.toString(), quote.number(), quote.revision(), this, viewer,
                    new FieldErrors(List.of(new FieldError("quote", e instanceof StaleVersionException
                            ? viewer.text("editor.stale") : e.getMessage())))));
        }
    }

    /**
     * The editor's live view of the form as typed (the same fields as saving, nothing saved): its pricing,
     * and per window line its layout and drawing drawn by the server ({@link LineDrawing}). With
     * {@code edit.line}, {@code edit.op}, {@code edit.cell} and {@code edit.value} it first applies a layout
     * control ({@link LayoutEdits}) to that line's layout (the product's default when it has none) and
     * answers the edited layout too. Errors: 400 with the fields, as the API names them, their messages in the
     * viewer's language.
     */
    private void drawing(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        try {
            drawing(ctx, viewer);
        } catch (ValidationException e) {
            // The page's own endpoint: the messages shown next to the fields are in the page's language.
            throw com.wqs.adapter.web.i18n.ValidationTexts.translate(viewer.messages(), e);
        }
    }

    private void drawing(Context ctx, Viewer viewer) {
        var json = ctx.appData(com.wqs.adapter.web.WebServer.JSON_KEY);
        Submitted submitted = read(ctx);
        // Refused input propagates: a problem+json 400 like the API's (detail, errors[].field/message).
        QuoteCommand command = submitted.validCommand();
        List<QuoteLine> lines = new ArrayList<>(command.lines());
        var rates = command.rates();
        var pricing = useCases.priceQuote().price(viewer.actor(), lines, rates);
        String editLine = ctx.formParam("edit.line");
        if (editLine != null && editLine.matches("\\d{1,3}") && Integer.parseInt(editLine) < lines.size()
                && lines.get(Integer.parseInt(editLine)) instanceof WindowLine window) {
            int at = Integer.parseInt(editLine);
            var priced = pricing.lines().get(at);
            String cellText = ctx.formParam("edit.cell");
            int cell = cellText != null && cellText.matches("\\d{1,2}") ? Integer.parseInt(cellText) : -1;
            var edited = LayoutEdits.apply(priced.layout() == null ? window.layout() : priced.layout(),
                    ctx.formParam("edit.op"), cell, ctx.formParam("edit.value"), window.widthMm(),
                    window.heightMm(), priced.divisionWidthMm() == null ? 0 : priced.divisionWidthMm(),
                    "lines[" + at + "].layout");
            lines.set(at, new WindowLine(window.productCode(), window.glassCode(), window.colour(),
                    window.widthMm(), window.heightMm(), window.quantity(), window.description(), edited,
                    window.option()));
            pricing = useCases.priceQuote().price(viewer.actor(), lines, rates);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("materials", pricing.materials().toString());
        totals.put("labour", pricing.labour().toString());
        totals.put("base", pricing.base().toString());
        totals.put("profit", pricing.profit().toString());
        totals.put("indirect", pricing.indirect().toString());
        totals.put("discount", pricing.discount().toString());
        totals.put("taxable", pricing.taxable().toString());
        totals.put("tax", pricing.tax().toString());
        totals.put("total", pricing.total().toString());
        List<Map<String, Object>> priced = new ArrayList<>();
        for (int i = 0; i < pricing.lines().size(); i++) {
            var line = pricing.lines().get(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("price", line.price().toString());
            entry.put("included", line.included());
            QuoteLine asTyped = lines.get(i);
            entry.put("layout", asTyped instanceof WindowLine w && w.layout() != null ? w.layout().notation() : null);
            entry.put("effectiveLayout", line.layout() == null ? null : line.layout().notation());
            var geometry = line.geometry();
            entry.put("drawing", geometry.map(com.wqs.adapter.web.drawing.ElevationSvg::render).orElse(null));
            entry.put("cells", geometry.map(g -> g.cells().stream().map(c -> {
                Map<String, Object> cellEntry = new LinkedHashMap<>();
                cellEntry.put("label", c.label());
                cellEntry.put("opening", c.opening().shortCode());
                cellEntry.put("glassCode", c.glassCode());
                return cellEntry;
            }).toList()).orElse(List.of()));
            priced.add(entry);
        }
        totals.put("lines", priced);
        body.put("pricing", totals);
        json.respond(ctx, 200, body);
    }

    /**
     * Without JavaScript the add and remove buttons submit the form: the page comes back with the line
     * added or removed and nothing saved.
     */
    private static boolean editsLines(Context ctx) {
        return ctx.formParam("addLine") != null || ctx.formParam("removeLine") != null;
    }

    /**
     * The form as typed, and the command it makes (or the fields that did not parse). {@code positions}
     * are the indexes the lines were posted under, in order.
     */
    private record Submitted(String customerId, List<LineInput> lines, List<Integer> positions, RatesInput rates,
            String validUntil, String notes, String version, QuoteCommand command, ValidationException parseErrors) {

        Submitted withLineEdit(Context ctx) {
            List<LineInput> edited = new ArrayList<>(lines);
            String removed = ctx.formParam("removeLine");
            if (removed != null) {
                int at = positions.indexOf(parseIndex(removed));
                if (at >= 0) {
                    edited.remove(at);
                }
            }
            String added = ctx.formParam("addLine");
            if ("WINDOW".equals(added) || "MATERIAL".equals(added)) {
                edited.add(new LineInput(added, "", "", "", "", "", "1", "", ""));
            }
            return new Submitted(customerId, edited, positions, rates, validUntil, notes, version, command,
                    parseErrors);
        }

        private static int parseIndex(String text) {
            return text.matches("\\d{1,3}") ? Integer.parseInt(text) : -1;
        }

        /** The version the form was filled from; null when it has none (a new quote, an older page). */
        Long expectedVersion() {
            return version.isEmpty() ? null : Long.valueOf(version);
        }

        QuoteCommand validCommand() {
            if (parseErrors != null) {
                throw parseErrors;
            }
            return command;
        }

        QuoteEditorView view(String id, String number, int revision, QuoteEditorPage page, Viewer viewer,
                FieldErrors errors) {
            return new QuoteEditorView(id, number, revision, version, customerId, page.customers(viewer, customerId), lines,
                    rates, validUntil, notes, page.choices(viewer), errors, null);
        }
    }

    private Submitted read(Context ctx) {
        FormInput form = FormInput.of(ctx);
        String customerText = form.text("customerId");
        CustomerId customerId = parseCustomerId(customerText).orElse(null);
        if (customerId == null && !customerText.isEmpty()) {
            form.reject("customerId", "no such customer");
        }
        List<LineInput> inputs = new ArrayList<>();
        List<QuoteLine> lines = new ArrayList<>();
        List<Integer> positions = linePositions(ctx);
        for (int i = 0; i < positions.size(); i++) {
            String at = "lines[" + positions.get(i) + "].";
            String prefix = "lines[" + i + "].";
            LineInput input = new LineInput(form.text(at + "type"), form.text(at + "productCode"),
                    form.text(at + "glassCode"), form.text(at + "colour"), form.text(at + "widthMm"),
                    form.text(at + "heightMm"), form.text(at + "quantity"), form.text(at + "materialCode"),
                    form.text(at + "description"), form.text(at + "layout"), form.checked(at + "optional"),
                    form.text(at + "alternativeGroup"), form.checked(at + "chosen"));
            inputs.add(input);
            lines.add(line(input, prefix, form));
        }
        RatesInput rates = new RatesInput(form.text("rates.profitMargin"), form.text("rates.indirectRate"),
                form.text("rates.discountRate"), form.text("rates.taxRate"), form.text("rates.laborRateOverride"));
        RatesCommand ratesCommand = new RatesCommand(form.percent("rates.profitMargin"),
                form.percent("rates.indirectRate"), form.percent("rates.discountRate"), form.percent("rates.taxRate"),
                null, form.decimal("rates.laborRateOverride"));
        var validUntil = form.date("validUntil");
        String notes = form.text("notes");
        Integer version = form.integer("version");
        ValidationException parseErrors = null;
        try {
            form.requireValid();
        } catch (ValidationException e) {
            parseErrors = e;
        }
        return new Submitted(customerText, inputs, positions, rates, form.text("validUntil"), notes,
                version == null ? "" : version.toString(), new QuoteCommand(customerId, lines, ratesCommand, validUntil, notes), parseErrors);
    }

    /** Reads one line; a number that does not parse is reported under the line's position. */
    private static QuoteLine line(LineInput input, String prefix, FormInput form) {
        if (input.window()) {
            Integer width = form.requiredInteger(prefix + "widthMm", input.widthMm());
            Integer height = form.requiredInteger(prefix + "heightMm", input.heightMm());
            Integer quantity = form.requiredInteger(prefix + "quantity", input.quantity());
            return new WindowLine(input.productCode(), input.glassCode(), input.colour(), orZero(width),
                    orZero(height), orZero(quantity), input.description(), form.layout(prefix + "layout", input.layout()),
                    input.option());
        }
        if (!"MATERIAL".equals(input.type())) {
            form.reject(prefix + "type", "must be WINDOW or MATERIAL");
        }
        BigDecimal quantity = form.requiredDecimal(prefix + "quantity", input.quantity());
        return new MaterialLine(input.materialCode(), quantity == null ? BigDecimal.ZERO : quantity,
                input.description(), input.option());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static List<Integer> linePositions(Context ctx) {
        TreeSet<Integer> positions = new TreeSet<>();
        for (String name : ctx.formParamMap().keySet()) {
            Matcher matcher = LINE_TYPE.matcher(name);
            if (matcher.matches()) {
                positions.add(Integer.valueOf(matcher.group(1)));
            }
        }
        return List.copyOf(positions);
    }

    private void render(Context ctx, Viewer viewer, int status, QuoteEditorView view) {
        String title = view.isNew() ? viewer.text("editor.title.new") : viewer.text("editor.title.edit", view.number());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shell", viewer.shell(ctx, title, Section.QUOTES));
        params.put("view", view);
        renderer.render(ctx, status, "quote-editor.jte", params);
    }

    /** The first customers by name, and the chosen one even when it is not among them. */
    List<Customer> customers(Viewer viewer, String chosen) {
        return customerChoices(useCases, viewer, chosen);
    }

    /** As {@link #customers(Viewer, String)}, for other pages that let the user pick a customer. */
    static List<Customer> customerChoices(UseCases useCases, Viewer viewer, String chosen) {
        List<Customer> customers = new ArrayList<>(useCases.customers()
                .search(viewer.actor(), null, new PageRequest(1, CUSTOMER_CHOICES)).items());
        if (customers.stream().noneMatch(c -> c.id().toString().equals(chosen))) {
            parseCustomerId(chosen).ifPresent(id -> customers.add(0, useCases.customers().get(viewer.actor(), id)));
        }
        return customers;
    }

    /** A customer id as sent by the form or a link; empty when blank or not an id at all. */
    static Optional<CustomerId> parseCustomerId(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CustomerId(UUID.fromString(text.trim())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    Choices choices(Viewer viewer) {
        return Choices.of(useCases.catalog().listProducts(viewer.actor()),
                useCases.catalog().listMaterials(viewer.actor()));
    }
}
