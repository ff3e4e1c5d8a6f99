package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.ExitCodes;
import com.wqs.adapter.cli.input.QuoteLines;
import com.wqs.adapter.cli.output.Formats;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Style;
import com.wqs.adapter.cli.output.Table;
import com.wqs.adapter.web.drawing.ElevationSvg;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.QuoteDeliveryUseCase.QuoteDelivery;
import com.wqs.application.port.in.QuoteDeliveryUseCase.SentQuote;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.in.RenderQuotePdfUseCase.QuotePdf;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.QuoteSort;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.layout.LayoutGeometry;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.UserId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "quote", description = "Create, price, send and decide quotes.")
public final class QuoteCommands {
    private final CliContext context;

    public QuoteCommands(CliContext context) {
        this.context = context;
    }

    @Command(footer = {"", "Examples:", "  wqs quote create --customer \"Maple Grove Homes\" --line \"product=FIX-1,glass=GL-DGU-20,w=900,h=900,qty=4\" --discount 5", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "create", description = "Create a draft quote, priced from the current catalogue.")
    public int create(
            @Option(names = "--customer", required = true, paramLabel = "CUSTOMER", description = "Id or exact name.")
                    String customer,
            @Mixin LineOptions lines,
            @Mixin RatesOptions rates,
            @Option(names = "--valid-until", paramLabel = "DATE", description = "Default: today + the validity days.")
                    LocalDate validUntil,
            @Option(names = "--notes", description = "At most " + TextLimits.NOTES + " characters.") String notes) {
        List<QuoteLine> quoteLines = lines.parse();
        RatesCommand ratesCommand = rates.toCommand();
        CustomerId customerId = new Lookup(context).customer(customer);
        Quote quote = context.useCases().createQuote().create(context.actor(),
                new QuoteCommand(customerId, quoteLines, ratesCommand, validUntil, notes));
        printQuote(quote, "created");
        return 0;
    }

    @Command(name = "import", description = {"Create draft quotes from a CSV file, one row per quote line; rows with",
            "the same ref make one quote (columns: ref,customer,product,glass,colour,widthMm,heightMm,quantity,",
            "material,description,discount,labourRate,validUntil,notes,layout,optional,alternativeGroup,chosen; see",
            "README.md). Every row is checked first: when any",
            "is bad nothing is imported and every bad row is listed. Then quotes are written in one transaction,",
            "--batch-size at a time; a failure while writing imports none. The file is streamed, not held."})
    public int importQuotes(
            @Option(names = "--file", required = true, paramLabel = "FILE.csv") Path file,
            @Option(names = "--batch-size", defaultValue = "500", paramLabel = "N",
                    description = "Quotes checked and written at a time (default: ${DEFAULT-VALUE}).") int batchSize) {
        QuoteImport.Summary summary = new QuoteImport(context).run(file, batchSize);
        Output out = context.output();
        out.result(summary, () -> out.line("Imported " + summary.quotes() + " quotes (" + summary.lines() + " lines)"
                + (summary.quotes() == 0 ? "" : ": " + summary.firstNumber() + " to " + summary.lastNumber())
                + " in one transaction of " + summary.batches() + (summary.batches() == 1 ? " batch" : " batches")));
        return 0;
    }

    @Command(footer = {"", "Examples:", "  wqs quote price --line \"product=SLD-2L,glass=GL-CLR-6,color=WHITE,w=1500,h=1200,qty=2\"", "  wqs quote price --line \"product=CAS-SL,glass=GL-CLR-6,w=1500,h=1200,layout=V(500)[FIX,CR:GL-LAM-6]\"", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "price", description = "Price lines without saving anything (dry run).")
    public int price(@Mixin LineOptions lines, @Mixin RatesOptions rates) {
        List<QuoteLine> quoteLines = lines.parse();
        QuotePricing pricing = context.useCases().priceQuote().price(context.actor(), quoteLines, rates.toCommand());
        Output out = context.output();
        out.result(pricing, () -> new PricingPrinter(out, context.formats()).print(pricing));
        return 0;
    }

    @Command(footer = {"", "Examples:", "  wqs quote list --status SENT", "  wqs quote list --status DRAFT --json", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "list", description = "List quotes, newest first.")
    public int list(
            @Option(names = "--status", description = "DRAFT, SENT, ACCEPTED, REJECTED, EXPIRED, CONVERTED or CANCELLED.")
                    QuoteStatus status,
            @Option(names = "--owner", paramLabel = "EMAIL", description = "Only this user's quotes (ADMIN).") String owner,
            @Option(names = "--customer", paramLabel = "CUSTOMER", description = "Id or exact name.") String customer,
            @Option(names = "--search", paramLabel = "TEXT", description = "Number or customer name contains TEXT.")
                    String text,
            @Option(names = "--sort", defaultValue = "CREATED_DESC",
                    description = "CREATED_DESC, CREATED_ASC, TOTAL_DESC, TOTAL_ASC, NUMBER_ASC or NUMBER_DESC.")
                    QuoteSort sort,
            @Mixin CustomerCommands.Paging paging) {
        Lookup lookup = new Lookup(context);
        UserId ownerId = owner == null ? null : lookup.user(owner).id();
        CustomerId customerId = customer == null ? null : lookup.customer(customer);
        Page<QuoteSummary> page = context.useCases().findQuotes().list(context.actor(),
                new QuoteSearch(ownerId, status, customerId, text, null, null, sort), paging.request());
        Output out = context.output();
        out.result(page, () -> {
            printSummaries(out, context.formats(), page.items());
            paging.footer(out, page);
        });
        return 0;
    }

    @Command(name = "show", description = "Show a quote: lines, totals and history.")
    public int show(@Parameters(paramLabel = "QUOTE", description = "Number (Q-2026-00001) or id.") String ref) {
        Quote quote = context.useCases().findQuotes().get(context.actor(), new Lookup(context).quote(ref));
        QuoteDelivery delivery = context.useCases().quoteDelivery().delivery(context.actor(), quote.id());
        Output out = context.output();
        out.result(new DeliveryJson.Shown(QuoteView.of(quote), DeliveryJson.Delivery.of(delivery)), () -> {
            printQuoteText(quote, null);
            printDelivery(out, delivery);
        });
        return 0;
    }

    @Command(name = "diff", description = {"What changed since an earlier sent revision: lines added, removed and"
            + " changed, rates, and the total's change split into lines, rates and catalogue prices.",
            "Exit 5 when no revision was sent before the current one."})
    public int diff(@Parameters(paramLabel = "QUOTE", description = "Number (Q-2026-00001) or id.") String ref,
            @Option(names = "--from", paramLabel = "N", description = "The earlier sent revision (default: the latest"
                    + " before the current one).") Integer from) {
        QuoteId id = new Lookup(context).quote(ref);
        Quote quote = context.useCases().findQuotes().get(context.actor(), id);
        DiffView view = DiffView.of(quote.number(), context.useCases().diffQuote().diff(context.actor(), id, from));
        Output out = context.output();
        out.result(view, () -> view.print(out, context.formats()));
        return 0;
    }

    @Command(name = "duplicate", description = {"Copy a quote into a new draft of yours, priced at today's catalogue,"
            + " for the same or another customer.", "A line that no longer prices (inactive or removed product) is"
            + " refused naming it, exit 3, and nothing is created."})
    public int duplicate(@Parameters(paramLabel = "QUOTE", description = "Number (Q-2026-00001) or id.") String ref,
            @Option(names = "--customer", paramLabel = "CUSTOMER", description = "Id or exact name (default: the"
                    + " quote's customer).") String customer) {
        Lookup lookup = new Lookup(context);
        QuoteId id = lookup.quote(ref);
        CustomerId customerId = customer == null ? null : lookup.customer(customer);
        printQuote(context.useCases().duplicateQuote().duplicate(context.actor(), id, customerId), "created");
        return 0;
    }

    @Command(name = "send", description = {"Send a draft to its customer: freeze it as the next revision, store its PDF,",
            "make the customer link (printed this once) and, when $WQS_SMTP_HOST is set, queue the e-mail",
            "(the server's worker delivers it)."})
    public int send(@Parameters(paramLabel = "QUOTE") String ref) {
        return handOut("sent", context.useCases().quoteDelivery().send(context.actor(), new Lookup(context).quote(ref)));
    }

    @Command(name = "resend", description = {"Send a sent quote again: a new customer link (the old one stops",
            "working), e-mailed again when $WQS_SMTP_HOST is set."})
    public int resend(@Parameters(paramLabel = "QUOTE") String ref) {
        return handOut("sent-again", context.useCases().quoteDelivery().resend(context.actor(),
                new Lookup(context).quote(ref)));
    }

    private int handOut(String verb, SentQuote sent) {
        Output out = context.output();
        Quote quote = sent.quote();
        out.result(DeliveryJson.Sent.of(sent), () -> {
            out.line(nowLine(out, verb, quote));
            out.line(out.text("cli.quote.link-once", sent.linkUrl()));
            out.line(sent.emailed()
                    ? out.text("cli.quote.mail-queued", sent.quote().latestRevision().map(r -> r.customer().email()).orElse(""))
                    : out.text("cli.quote.not-mailed", sent.notEmailedBecause()));
        });
        return 0;
    }

    @Command(name = "accept", description = "Record that the customer accepted a sent quote.")
    public int accept(@Parameters(paramLabel = "QUOTE") String ref) {
        return transition(ref, "accepted", (actor, id) -> context.useCases().quoteLifecycle().accept(actor, id));
    }

    @Command(name = "choose", description = {"Record the customer's choice of optional lines and alternatives on a",
            "sent quote: the lines taken are its optional lines the customer wants and the chosen line of each",
            "alternative group; every other optional line is left out. The quote is re-priced with the prices sent."})
    public int choose(@Parameters(paramLabel = "QUOTE") String ref,
            @Option(names = "--line", split = ",", paramLabel = "N",
                    description = "A line taken, numbered from 1 as 'quote show' prints them (repeatable or 2,3).")
                    List<Integer> taken,
            @Option(names = "--revision", paramLabel = "N",
                    description = "The sent revision the customer chose on (default: the quote's current one).")
                    Integer revision) {
        QuoteId id = new Lookup(context).quote(ref);
        List<Integer> numbers = taken == null ? List.of() : taken;
        int sent = revision != null ? revision : context.useCases().findQuotes().get(context.actor(), id).revision();
        Quote quote;
        try {
            quote = context.useCases().chooseOptions().choose(context.actor(), id, sent,
                    numbers.stream().map(n -> n == null ? null : n - 1).toList());
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream().map(error -> new FieldError(
                    error.field().matches("chosenLines\\[\\d+]")
                            ? "--line " + numbers.get(Integer.parseInt(error.field().replaceAll("\\D", "")))
                            : error.field().equals("chosenLines") ? "--line" : error.field(),
                    error.message())).toList());
        }
        printQuote(quote, "choice-recorded");
        return 0;
    }

    @Command(name = "reject", description = "Record that the customer rejected a sent quote.")
    public int reject(@Parameters(paramLabel = "QUOTE") String ref,
            @Option(names = "--reason", required = true,
                    description = "At most " + TextLimits.DESCRIPTION + " characters.")
                            String reason) {
        return transition(ref, "rejected",
                (actor, id) -> context.useCases().quoteLifecycle().reject(actor, id, reason));
    }

    @Command(name = "revise", description = "Reopen a sent, rejected or expired quote as a new draft revision.")
    public int revise(@Parameters(paramLabel = "QUOTE") String ref) {
        return transition(ref, "revised", (actor, id) -> context.useCases().quoteLifecycle().revise(actor, id));
    }

    @Command(name = "cancel", description = "Cancel a draft or sent quote.")
    public int cancel(@Parameters(paramLabel = "QUOTE") String ref,
            @Option(names = "--note",
                    description = "At most " + TextLimits.DESCRIPTION + " characters.")
                            String note) {
        return transition(ref, "cancelled",
                (actor, id) -> context.useCases().quoteLifecycle().cancel(actor, id, note));
    }

    @Command(name = "pdf", description = "Write the customer's PDF of a quote (latest sent revision by default).")
    public int pdf(@Parameters(paramLabel = "QUOTE") String ref,
            @Option(names = "--out", required = true, paramLabel = "FILE") Path file,
            @Option(names = "--revision", paramLabel = "N") Integer revision) {
        Path target = file.toAbsolutePath();
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new ValidationException("--out", "folder " + target.getParent() + " does not exist");
        }
        QuotePdf pdf = context.useCases().quotePdf().render(context.actor(), new Lookup(context).quote(ref), revision);
        try {
            Files.write(target, pdf.content());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        Output out = context.output();
        out.result(new PdfWritten(target.toString(), pdf.fileName(), pdf.content().length),
                () -> out.line(out.text("cli.wrote-bytes", target, pdf.content().length)));
        return 0;
    }

    @Command(name = "drawing", description = "Write the elevation drawing (SVG) of one window line of a quote.")
    public int drawing(@Parameters(paramLabel = "QUOTE") String ref,
            @Option(names = "--line", required = true, paramLabel = "N", description = "The line number, from 1.")
            int lineNumber,
            @Option(names = "--out", required = true, paramLabel = "FILE") Path file,
            @Option(names = "--revision", paramLabel = "N", description = "A sent revision (default: the quote as it"
                    + " is now).") Integer revision) {
        Path target = file.toAbsolutePath();
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new ValidationException("--out", "folder " + target.getParent() + " does not exist");
        }
        Quote quote = context.useCases().findQuotes().get(context.actor(), new Lookup(context).quote(ref));
        QuotePricing pricing = revision == null ? quote.pricing()
                : quote.revision(revision).map(r -> r.pricing()).orElseThrow(() -> new ValidationException(
                        "--revision", quote.number() + " has no sent revision " + revision));
        if (lineNumber < 1 || lineNumber > pricing.lines().size()) {
            throw new ValidationException("--line", "must be between 1 and " + pricing.lines().size());
        }
        LayoutGeometry geometry = pricing.lines().get(lineNumber - 1).geometry()
                .orElseThrow(() -> new ValidationException("--line", "line " + lineNumber + " is not a window"));
        byte[] svg = ElevationSvg.render(geometry).getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(target, svg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        Output out = context.output();
        out.result(new DrawingWritten(target.toString(), ElevationSvg.description(geometry), svg.length),
                () -> out.line("Wrote " + target + " (" + ElevationSvg.description(geometry) + ")"));
        return 0;
    }

    static void printSummaries(Output out, Formats formats, List<QuoteSummary> quotes) {
        Style style = out.style();
        Table table = new Table().left("NUMBER").left("CUSTOMER").styled("STATUS", style::status).right("REV")
                .right("TOTAL").left("VALID UNTIL").left("CREATED");
        quotes.forEach(q -> table.row(q.number(), q.customerName(), q.status(), q.revision(), formats.money(q.total()),
                formats.date(q.validUntil()), formats.dateTime(q.createdAt())));
        out.table(table);
    }

    private int transition(String ref, String verb, BiFunction<Actor, QuoteId, Quote> action) {
        Quote quote = action.apply(context.actor(), new Lookup(context).quote(ref));
        Output out = context.output();
        out.result(QuoteView.of(quote), () -> out.line(nowLine(out, verb, quote)));
        return 0;
    }

    /** {@code Accepted quote Q-2026-00001: now ACCEPTED (revision 2)}; {@code verb} names the text. */
    private static String nowLine(Output out, String verb, Quote quote) {
        return out.text("cli.quote.now." + verb, quote.number(), out.style().status(quote.status().name()),
                quote.revision());
    }

    private void printDelivery(Output out, QuoteDelivery delivery) {
        Formats formats = context.formats();
        if (delivery.link().isEmpty() && delivery.mails().isEmpty()) {
            return;
        }
        out.line("");
        delivery.link().ifPresent(link -> out.line("Customer link (revision " + link.revision() + "): "
                + (link.response() != null ? link.response().decision().name().toLowerCase(java.util.Locale.ROOT)
                        + " by the customer" + (link.response().fullName().isEmpty() ? "" : " as " + link.response().fullName())
                        + " on " + formats.dateTime(link.response().at()) + " from " + link.response().clientAddress()
                        + (link.response().reason().isEmpty() ? "" : ": " + link.response().reason())
                : link.revocation() != null ? link.revocation().reason().name().toLowerCase(java.util.Locale.ROOT)
                        + (link.revocation().replacementRevision() > 0 ? " by revision " + link.revocation().replacementRevision() : "")
                : "open") + "; PDF SHA-256 " + link.pdfSha256()));
        if (!delivery.mails().isEmpty()) {
            Table mails = new Table().left("E-MAIL").left("TO").left("STATUS").right("ATTEMPTS").left("WHEN").left("REPLY");
            delivery.mails().forEach(m -> mails.row(m.kind().name(), m.toAddress(), m.status().name(), m.attempts(),
                    formats.dateTime(m.sentAt() != null ? m.sentAt() : m.createdAt()), m.lastError()));
            out.table(mails);
        } else if (!delivery.mailConfigured()) {
            out.line(out.text("cli.quote.no-smtp"));
        }
    }

    private void printQuote(Quote quote, String verb) {
        Output out = context.output();
        out.result(QuoteView.of(quote), () -> printQuoteText(quote, verb));
    }

    private void printQuoteText(Quote quote, String verb) {
        Output out = context.output();
        Formats formats = context.formats();
        if (verb != null) {
            out.line(out.text("cli.quote." + verb, quote.number(), quote.id()));
            out.line("");
        }
        Customer customer = context.useCases().customers().get(context.actor(), quote.customerId());
        new Details(out)
                .field(out.text("cli.field.quote"), quote.number())
                .field(out.text("cli.field.status"), out.style().status(quote.status().name()))
                .field(out.text("cli.field.revision"), quote.revision())
                .field(out.text("cli.field.customer"), customer.name())
                .field(out.text("cli.field.valid-until"), formats.date(quote.validUntil()))
                .field(out.text("cli.field.created"), formats.dateTime(quote.createdAt()))
                .field(out.text("cli.field.rejected-because"), quote.rejectionReason().orElse(null))
                .field(out.text("cli.field.notes"), quote.notes())
                .field(out.text("cli.field.id"), quote.id())
                .print();
        out.line("");
        new PricingPrinter(out, formats).print(quote.pricing());
        if (!quote.history().isEmpty()) {
            out.line("");
            Table history = new Table().left("WHEN").left("FROM").left("TO").left("NOTE");
            quote.history().forEach(h -> history.row(formats.dateTime(h.at()), h.from() == null ? "" : h.from(),
                    h.to(), h.note()));
            out.table(history);
        }
    }

    /** Where a PDF went, for {@code --json}. */
    record PdfWritten(String path, String fileName, int bytes) {
    }

    record DrawingWritten(String path, String description, int bytes) {
    }

    /** The line options shared by create and price. */
    public static final class LineOptions {
        @Option(names = "--line", paramLabel = "SPEC", description = {"A window line (repeatable): "
                + "product=SLD-2L,glass=GLS-CLR-6,color=WHITE,w=1500,h=1200,qty=2[,desc=TEXT]",
                "Any line may add optional=true (in the total only with chosen=true) or group=NAME (an alternative",
                "group: lines of which exactly one has chosen=true)."})
        List<String> windows;

        @Option(names = "--material-line", paramLabel = "SPEC",
                description = "A material sold by itself (repeatable): code=SIL-NEU,qty=3[,desc=TEXT][,optional=true]"
                        + "[,group=NAME][,chosen=true]")
        List<String> materials;

        List<QuoteLine> parse() {
            return QuoteLines.parse(windows == null ? List.of() : windows, materials == null ? List.of() : materials);
        }
    }
}
