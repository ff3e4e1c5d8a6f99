package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.ExitCodes;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Table;
import com.wqs.adapter.cli.output.Formats;
import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.CustomerHistory;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.shared.TextLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

@Command(name = "customer", description = "Manage customers (shared by the whole organisation).")
public final class CustomerCommands {
    private final CliContext context;

    public CustomerCommands(CliContext context) {
        this.context = context;
    }

    @Command(footer = {"", "Examples:", "  wqs customer add --name \"Kim's Kitchens\" --email office@kims-kitchens.example",
            "  wqs customer add --name \"Cocinas Ruiz\" --language es", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "add", description = "Create a customer.")
    public int add(
            @Option(names = "--name", required = true,
                    description = "At most " + TextLimits.NAME + " characters.")
                            String name,
            @Option(names = "--email", description = "At most " + TextLimits.EMAIL + " characters.") String email,
            @Option(names = "--phone", description = "At most " + TextLimits.SHORT + " characters.") String phone,
            @Option(names = "--address", description = "At most " + TextLimits.ADDRESS + " characters.") String address,
            @Option(names = "--tax-id", description = "At most " + TextLimits.SHORT + " characters.") String taxId,
            @Option(names = "--notes", description = "At most " + TextLimits.NOTES + " characters.") String notes,
            @Option(names = "--language", paramLabel = "LANG", converter = LanguageChoiceConverter.class,
                    description = LanguageChoice.HELP) LanguageChoice language) {
        Customer customer = context.useCases().customers().create(context.actor(), new CustomerCommand(name, email,
                phone, address, taxId, notes, language == null ? null : language.language()));
        Output out = context.output();
        out.result(customer, () -> out.line("Created customer " + customer.name() + " (" + customer.id() + ")"));
        return 0;
    }

    @Command(name = "edit", description = {"Change a customer's details; the options not given keep their values.",
            "With --if-version only if nobody saved the customer since you read that version (customer show"
                    + " --json gives it); otherwise refused, exit 5, and nothing changes."})
    public int edit(
            @Parameters(paramLabel = "CUSTOMER", description = "Id or exact name.") String ref,
            @Option(names = "--name") String name,
            @Option(names = "--email") String email,
            @Option(names = "--phone") String phone,
            @Option(names = "--address") String address,
            @Option(names = "--tax-id") String taxId,
            @Option(names = "--notes") String notes,
            @Option(names = "--language", paramLabel = "LANG", converter = LanguageChoiceConverter.class,
                    description = LanguageChoice.HELP) LanguageChoice language,
            @Option(names = "--if-version", paramLabel = "N", description = "Only if the customer is still at version"
                    + " N (as you read it); refused, exit 5, if it changed since.") Long version) {
        Customer current = context.useCases().customers().get(context.actor(), new Lookup(context).customer(ref));
        Customer customer = context.useCases().customers().update(context.actor(), current.id(), new CustomerCommand(
                name == null ? current.name() : name, email == null ? current.email() : email,
                phone == null ? current.phone() : phone, address == null ? current.address() : address,
                taxId == null ? current.taxId() : taxId, notes == null ? current.notes() : notes,
                language == null ? current.language() : language.language()),
                version == null ? current.version() : version);
        Output out = context.output();
        out.result(customer, () -> out.line("Saved customer " + customer.name() + " (version " + customer.version()
                + ")"));
        return 0;
    }

    @Command(footer = {"", "Examples:", "  wqs customer list", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "list", description = "List customers, sorted by name.")
    public int list(
            @Option(names = "--search", paramLabel = "TEXT", description = "Name, email, phone or tax id contains TEXT.")
                    String text,
            @Mixin Paging paging) {
        Page<Customer> page = context.useCases().customers().search(context.actor(), text, paging.request());
        Output out = context.output();
        out.result(page, () -> {
            Table table = new Table().left("NAME").left("EMAIL").left("PHONE").left("TAX ID").left("LANGUAGE")
                    .left("ID");
            page.items().forEach(c -> table.row(c.name(), c.email(), c.phone(), c.taxId(), languageText(c), c.id()));
            out.table(table);
            paging.footer(out, page);
        });
        return 0;
    }

    @Command(footer = {"", "Examples:", "  wqs customer show \"Maple Grove Homes\"", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "show", description = {"Show one customer and their history: the quotes you may see of them,",
            "work orders, accepted value, win rate and last contact."})
    public int show(@Parameters(paramLabel = "CUSTOMER", description = "Id or exact name.") String ref) {
        CustomerHistory history = context.useCases().customerHistory().history(context.actor(),
                new Lookup(context).customer(ref));
        Customer customer = history.customer();
        Output out = context.output();
        Formats formats = context.formats();
        out.result(CustomerView.of(history), () -> {
            new Details(out)
                    .field("Name", customer.name())
                    .field("Email", customer.email())
                    .field("Phone", customer.phone())
                    .field("Address", customer.address())
                    .field("Tax id", customer.taxId())
                    .field("Notes", customer.notes())
                    .field("Language", languageText(customer))
                    .field("Id", customer.id())
                    .field("Quotes", history.quotes().size())
                    .field("Accepted value", formats.money(history.acceptedValue()))
                    .field("Win rate", history.winRate().map(formats::percent).orElse("-"))
                    .field("Last contact", history.lastContact().map(formats::dateTime).orElse("-"))
                    .print();
            if (!history.quotes().isEmpty()) {
                out.line("");
                QuoteCommands.printSummaries(out, formats, history.quotes());
            }
            if (!history.workOrders().isEmpty()) {
                out.line("");
                Table orders = new Table().left("WORK ORDER").left("QUOTE").left("STATUS").left("CREATED");
                history.workOrders().forEach(w -> orders.row(w.number(), w.quoteNumber(), w.status(),
                        formats.dateTime(w.createdAt())));
                out.table(orders);
            }
        });
        return 0;
    }

    /** A customer with their history, for {@code --json}: the customer's own fields first, as before. */
    record CustomerView(CustomerId id, String name, String email, String phone, String address, String taxId,
            String notes, String language, long version, List<QuoteSummary> quotes, List<WorkOrderSummary> workOrders,
            Money acceptedValue, BigDecimal winRate, Instant lastContact) {
        static CustomerView of(CustomerHistory h) {
            Customer c = h.customer();
            return new CustomerView(c.id(), c.name(), c.email(), c.phone(), c.address(), c.taxId(), c.notes(),
                    c.language() == null ? null : c.language().tag(), c.version(), h.quotes(), h.workOrders(), h.acceptedValue(), h.winRate().orElse(null),
                    h.lastContact().orElse(null));
        }
    }

    /** The customer's own language ({@code en}, {@code es}), {@code -} when they follow the installation's. */
    private static String languageText(Customer customer) {
        return customer.language() == null ? "-" : customer.language().tag();
    }

    /** {@code --language}: a language, or {@code none} for the installation's ({@code language} null). */
    record LanguageChoice(Language language) {
        static final String HELP = "Language of their quotes and e-mails: en or es; none for the installation's"
                + " (the default).";
    }

    /** {@code en}, {@code es} (or {@code es-MX}...), {@code none}; anything else is a usage error (exit 2). */
    static final class LanguageChoiceConverter implements ITypeConverter<LanguageChoice> {
        @Override
        public LanguageChoice convert(String value) {
            if (value != null && value.trim().equalsIgnoreCase("none")) {
                return new LanguageChoice(null);
            }
            return Language.parse(value).map(LanguageChoice::new).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a language of this workplace: en, es or none"));
        }
    }

    /** Paging options shared by list commands. */
    public static final class Paging {
        @Option(names = "--page", defaultValue = "1", description = "Page number, from 1 (default: 1).")
        int page;

        @Option(names = "--size", defaultValue = "50", description = "Items per page, 1-200 (default: 50).")
        int size;

        PageRequest request() {
            return new PageRequest(page, size);
        }

        void footer(Output out, Page<?> result) {
            if (result.totalPages() > 1) {
                out.line(out.style().dim("page " + result.page() + " of " + result.totalPages() + " (" + result.total()
                        + " in all; --page N for more)"));
            } else {
                out.line(out.style().dim(result.total() + (result.total() == 1 ? " item" : " items")));
            }
        }
    }
}
