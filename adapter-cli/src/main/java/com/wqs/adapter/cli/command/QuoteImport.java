package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Progress;
import com.wqs.adapter.web.api.csv.QuoteCsv;
import com.wqs.adapter.web.api.csv.QuoteCsv.QuoteRows;
import com.wqs.application.port.in.PriceQuoteUseCase.PricingCheck;
import com.wqs.application.port.in.PriceQuoteUseCase.PricingRequest;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.TransactionRunner;
import com.wqs.application.service.UseCases;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code wqs quote import}: draft quotes from a CSV file ({@link QuoteCsv}), through the create-quote use
 * case (pricing from the current catalogue, numbering, the statistics summary, validation). Every row is
 * checked first, pricing included ({@code priceAll}: one catalogue read per batch of quotes); if any is
 * bad nothing is written and every bad row is listed. Then the quotes are created in transactions of
 * {@code batchSize} quotes, in file order.
 */
final class QuoteImport {
    private static final Pattern FILE_ROW = Pattern.compile("rows\\[(\\d+)].*");
    private final CliContext context;

    QuoteImport(CliContext context) {
        this.context = context;
    }

    /** What an import did, as {@code --json} prints it. */
    record Summary(int quotes, int lines, int batches, String firstNumber, String lastNumber, long checkMillis,
            long writeMillis) {
    }

    Summary run(Path file, int batchSize) {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new ValidationException("--batch-size", "must be between 1 and 10000");
        }
        Output out = context.output();
        long started = System.nanoTime();
        QuoteCsv.Parsed parsed = QuoteCsv.parse(CatalogCommands.read("--file", file));
        Actor actor = context.actor();
        UseCases app = context.useCases();
        TransactionRunner transactions = context.store().transactions();
        List<QuoteRows> quotes = parsed.quotes();
        List<List<QuoteRows>> batches = batches(quotes, batchSize);

        // 1. Check everything; write nothing.
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        CustomerIndex customers = new CustomerIndex(app, actor);
        LocalDate today = LocalDate.now(context.wqs().injector().getInstance(Clock.class)
                .withZone(context.store().settings().get().zone()));
        List<QuoteCommand> commands = new ArrayList<>(quotes.size());
        Progress checking = out.progress("Checking quotes", quotes.size());
        for (List<QuoteRows> batch : batches) {
            // A batch is priced against one read of the catalogue.
            List<QuoteCommand> batchCommands = batch.stream()
                    .map(quote -> command(quote, customers, today, errors::add)).toList();
            List<PricingCheck> checks = app.priceQuote().priceAll(actor, batchCommands.stream()
                    .map(command -> new PricingRequest(command.lines(), command.rates())).toList());
            for (int i = 0; i < batch.size(); i++) {
                QuoteRows quote = batch.get(i);
                if (!checks.get(i).valid()) {
                    checks.get(i).error().errors().forEach(error -> errors.add(
                            new FieldError(quote.fileField(error.field()), error.message())));
                }
                checking.step();
            }
            commands.addAll(batchCommands);
        }
        checking.finish();
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingLong(QuoteImport::fileRow));
            throw new ValidationException(errors);
        }
        long checked = System.nanoTime();

        // 2. Write, a batch per transaction.
        Progress writing = out.progress("Importing quotes", quotes.size());
        String[] numbers = new String[2];
        int from = 0;
        int committed = 0;
        for (List<QuoteRows> batch : batches) {
            List<QuoteCommand> batchCommands = commands.subList(from, from + batch.size());
            from += batch.size();
            String[] batchNumbers = numbers.clone();
            try {
                transactions.run(() -> batchCommands.forEach(command -> {
                    Quote quote = app.createQuote().create(actor, command);
                    if (batchNumbers[0] == null) {
                        batchNumbers[0] = quote.number();
                    }
                    batchNumbers[1] = quote.number();
                    writing.step();
                }));
            } catch (RuntimeException e) {
                // Checked a moment ago, so this is the catalogue changing meanwhile or the database failing.
                out.note(committed == 0 ? "No quote was imported."
                        : "Imported " + committed + " quotes (" + numbers[0] + " to " + numbers[1] + ", the file's quotes "
                                + quotes.get(0).ref() + " to " + quotes.get(committed - 1).ref()
                                + ") before this failure; the rest were not.");
                throw e;
            }
            committed += batch.size();
            numbers[0] = batchNumbers[0];
            numbers[1] = batchNumbers[1];
        }
        writing.finish();
        long written = System.nanoTime();
        return new Summary(quotes.size(), parsed.lineCount(), batches.size(), numbers[0], numbers[1],
                (checked - started) / 1_000_000, (written - checked) / 1_000_000);
    }

    /** The quote's command; what is wrong with its customer or date, in terms of the file, goes to {@code errors}. */
    private static QuoteCommand command(QuoteRows quote, CustomerIndex customers, LocalDate today,
            Consumer<FieldError> errors) {
        CustomerId customerId = customers.resolve(quote, errors);
        if (quote.validUntil() != null && quote.validUntil().isBefore(today)) {
            errors.accept(new FieldError(quote.fileField("validUntil"), "must not be in the past"));
        }
        RatesCommand rates = new RatesCommand(null, null, quote.discountRate(), null, null, quote.labourRate());
        return new QuoteCommand(customerId, quote.lines(), rates, quote.validUntil(), quote.notes());
    }

    private static List<List<QuoteRows>> batches(List<QuoteRows> quotes, int size) {
        List<List<QuoteRows>> batches = new ArrayList<>();
        for (int from = 0; from < quotes.size(); from += size) {
            batches.add(quotes.subList(from, Math.min(from + size, quotes.size())));
        }
        return batches;
    }

    private static long fileRow(FieldError error) {
        Matcher m = FILE_ROW.matcher(error.field());
        return m.matches() ? Long.parseLong(m.group(1)) : 0;
    }

    /**
     * The customers the acting user sees, read once: by id, or by exact (case-insensitive) name when
     * exactly one customer has it, as {@code --customer} resolves them.
     */
    private static final class CustomerIndex {
        private final Map<String, CustomerId> byId = new HashMap<>();
        private final Map<String, List<CustomerId>> byName = new HashMap<>();
        private final Map<String, Object> resolved = new LinkedHashMap<>();

        CustomerIndex(UseCases app, Actor actor) {
            Page<Customer> page;
            int number = 1;
            do {
                page = app.customers().search(actor, null, new PageRequest(number++, PageRequest.MAX_SIZE));
                for (Customer customer : page.items()) {
                    byId.put(customer.id().toString(), customer.id());
                    byName.computeIfAbsent(key(customer.name()), k -> new ArrayList<>()).add(customer.id());
                }
            } while (page.page() < page.totalPages());
        }

        CustomerId resolve(QuoteRows quote, Consumer<FieldError> errors) {
            if (quote.customer() == null) {
                return null;   // reported by the file reading
            }
            Object result = resolved.computeIfAbsent(quote.customer(), this::lookUp);
            if (result instanceof CustomerId id) {
                return id;
            }
            errors.accept(new FieldError(quote.fileField("customerId"), (String) result));
            return null;
        }

        /** The id, or what is wrong. */
        private Object lookUp(String ref) {
            String text = ref.trim();
            if (Lookup.isUuid(text)) {
                CustomerId id = byId.get(UUID.fromString(text).toString());
                return id != null ? id : "no customer with id " + text;
            }
            List<CustomerId> matches = byName.getOrDefault(key(text), List.of());
            if (matches.size() == 1) {
                return matches.get(0);
            }
            return matches.isEmpty() ? "no customer named '" + text + "'"
                    : matches.size() + " customers are named '" + text + "': give the id";
        }

        private static String key(String name) {
            return name.trim().toLowerCase(Locale.ROOT);
        }
    }
}
