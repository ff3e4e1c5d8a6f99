package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Progress;
import com.wqs.adapter.web.api.csv.QuoteCsv;
import com.wqs.adapter.web.api.csv.QuoteCsv.QuoteFile;
import com.wqs.adapter.web.api.csv.QuoteCsv.QuoteRows;
import com.wqs.application.port.in.CreateQuoteUseCase;
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
import java.nio.file.Files;
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
 * {@code wqs quote import}: draft quotes from a CSV file ({@link QuoteCsv}), streamed: the file is read
 * quote by quote, never held whole. Every row is checked first, pricing included ({@code priceAll}: one
 * catalogue read per batch of quotes); if any is bad nothing is written and every bad row is listed. Then
 * the file is read again and the quotes are created in one transaction, in file order, {@code batchSize}
 * quotes at a time through the bulk create-quote use case ({@code createAll}: one catalogue read, one
 * number allocation and batched inserts per batch); a failure while writing rolls all of them back.
 */
final class QuoteImport {
    private static final Pattern FILE_ROW = Pattern.compile("rows\\[(\\d+)].*");
    private static final Pattern QUOTE_FIELD = Pattern.compile("quotes\\[(\\d+)]\\.(.*)");
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
        if (!Files.isRegularFile(file)) {
            throw new ValidationException("--file", "file " + file + " does not exist");
        }
        Output out = context.output();
        long started = System.nanoTime();
        Actor actor = context.actor();
        UseCases app = context.useCases();
        TransactionRunner transactions = context.store().transactions();
        CustomerIndex customers = new CustomerIndex(app, actor);
        LocalDate today = LocalDate.now(context.wqs().injector().getInstance(Clock.class)
                .withZone(context.store().settings().get().zone()));

        // 1. Check everything; write nothing.
        QuoteFile quotes = QuoteFile.index(file);
        List<FieldError> errors = new ArrayList<>();
        Progress checking = out.progress("Checking quotes", quotes.quoteCount());
        int[] counts = new int[3];   // quotes, lines, batches
        CreateQuoteUseCase.Batches checks = app.createQuote().batches(actor);
        inBatches(quotes, batchSize, errors::add, batch -> {
            // A batch is priced against one read of the catalogue records no earlier batch read.
            List<QuoteCommand> commands = batch.stream().map(quote -> command(quote, customers, today, errors::add))
                    .toList();
            List<PricingCheck> priced = checks.priceAll(commands.stream()
                    .map(command -> new PricingRequest(command.lines(), command.rates())).toList());
            for (int i = 0; i < batch.size(); i++) {
                QuoteRows quote = batch.get(i);
                if (!priced.get(i).valid()) {
                    priced.get(i).error().errors().forEach(error -> errors.add(
                            new FieldError(quote.fileField(error.field()), error.message())));
                }
                counts[0]++;
                counts[1] += quote.lines().size();
                checking.step();
            }
            counts[2]++;
        });
        checking.finish();
        throwIfAny(errors);
        long checked = System.nanoTime();

        // 2. Write, in one transaction: all of them or, when anything fails, none.
        Progress writing = out.progress("Importing quotes", counts[0]);
        String[] numbers = new String[2];
        try {
            QuoteFile again = QuoteFile.index(file);
            transactions.run(() -> {
                CreateQuoteUseCase.Batches writes = app.createQuote().batches(actor);
                List<FieldError> changed = new ArrayList<>();
                inBatches(again, batchSize, changed::add, batch -> {
                    List<QuoteCommand> commands = batch.stream()
                            .map(quote -> command(quote, customers, today, changed::add)).toList();
                    throwIfAny(changed);   // the file changed since it was checked
                    List<Quote> created;
                    try {
                        created = writes.createAll(commands);
                    } catch (ValidationException e) {
                        // Checked a moment ago, so the catalogue changed meanwhile: named in terms of the file.
                        throw new ValidationException(e.errors().stream().map(error -> inFile(batch, error)).toList());
                    }
                    if (numbers[0] == null) {
                        numbers[0] = created.get(0).number();
                    }
                    numbers[1] = created.get(created.size() - 1).number();
                    created.forEach(quote -> writing.step());
                });
                throwIfAny(changed);
            });
        } catch (RuntimeException e) {
            out.note("No quote was imported.");
            throw e;
        }
        writing.finish();
        long written = System.nanoTime();
        return new Summary(counts[0], counts[1], counts[2], numbers[0], numbers[1],
                (checked - started) / 1_000_000, (written - checked) / 1_000_000);
    }

    /** The file's quotes to {@code batches} in batches of {@code size}, read as a stream; errors to {@code errors}. */
    private static void inBatches(QuoteFile file, int size, Consumer<FieldError> errors,
            Consumer<List<QuoteRows>> batches) {
        List<QuoteRows> batch = new ArrayList<>(Math.min(size, 1024));
        file.forEach(quote -> {
            batch.add(quote);
            if (batch.size() == size) {
                batches.accept(List.copyOf(batch));
                batch.clear();
            }
        }, errors);
        if (!batch.isEmpty()) {
            batches.accept(List.copyOf(batch));
        }
    }

    /** Every error, in the order of the file's rows. */
    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            List<FieldError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparingLong(QuoteImport::fileRow));
            throw new ValidationException(sorted);
        }
    }

    /** A {@code createAll} error ({@code quotes[i].field}) in terms of the file ({@code rows[N].column}). */
    private static FieldError inFile(List<QuoteRows> batch, FieldError error) {
        Matcher m = QUOTE_FIELD.matcher(error.field());
        if (m.matches() && Integer.parseInt(m.group(1)) < batch.size()) {
            return new FieldError(batch.get(Integer.parseInt(m.group(1))).fileField(m.group(2)), error.message());
        }
        return error;
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
