package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Table;
import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.shared.TextLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "customer", description = "Manage customers (shared by the whole organisation).")
public final class CustomerCommands {
    private final CliContext context;

    public CustomerCommands(CliContext context) {
        this.context = context;
    }

    @Command(name = "add", description = "Create a customer.")
    public int add(
            @Option(names = "--name", required = true,
                    description = "At most " + TextLimits.NAME + " characters.")
                            String name,
            @Option(names = "--email", description = "At most " + TextLimits.EMAIL + " characters.") String email,
            @Option(names = "--phone", description = "At most " + TextLimits.SHORT + " characters.") String phone,
            @Option(names = "--address", description = "At most " + TextLimits.ADDRESS + " characters.") String address,
            @Option(names = "--tax-id", description = "At most " + TextLimits.SHORT + " characters.") String taxId,
            @Option(names = "--notes", description = "At most " + TextLimits.NOTES + " characters.") String notes) {
        Customer customer = context.useCases().customers()
                .create(context.actor(), new CustomerCommand(name, email, phone, address, taxId, notes));
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
            @Option(names = "--if-version", paramLabel = "N", description = "Only if the customer is still at version"
                    + " N (as you read it); refused, exit 5, if it changed since.") Long version) {
        Customer current = context.useCases().customers().get(context.actor(), new Lookup(context).customer(ref));
        Customer customer = context.useCases().customers().update(context.actor(), current.id(), new CustomerCommand(
                name == null ? current.name() : name, email == null ? current.email() : email,
                phone == null ? current.phone() : phone, address == null ? current.address() : address,
                taxId == null ? current.taxId() : taxId, notes == null ? current.notes() : notes),
                version == null ? current.version() : version);
        Output out = context.output();
        out.result(customer, () -> out.line("Saved customer " + customer.name() + " (version " + customer.version()
                + ")"));
        return 0;
    }

    @Command(name = "list", description = "List customers, sorted by name.")
    public int list(
            @Option(names = "--search", paramLabel = "TEXT", description = "Name, email, phone or tax id contains TEXT.")
                    String text,
            @Mixin Paging paging) {
        Page<Customer> page = context.useCases().customers().search(context.actor(), text, paging.request());
        Output out = context.output();
        out.result(page, () -> {
            Table table = new Table().left("NAME").left("EMAIL").left("PHONE").left("TAX ID").left("ID");
            page.items().forEach(c -> table.row(c.name(), c.email(), c.phone(), c.taxId(), c.id()));
            out.table(table);
            paging.footer(out, page);
        });
        return 0;
    }

    @Command(name = "show", description = "Show one customer.")
    public int show(@Parameters(paramLabel = "CUSTOMER", description = "Id or exact name.") String ref) {
        Customer customer = context.useCases().customers().get(context.actor(), new Lookup(context).customer(ref));
        Output out = context.output();
        out.result(customer, () -> new Details(out)
                .field("Name", customer.name())
                .field("Email", customer.email())
                .field("Phone", customer.phone())
                .field("Address", customer.address())
                .field("Tax id", customer.taxId())
                .field("Notes", customer.notes())
                .field("Id", customer.id())
                .print());
        return 0;
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
