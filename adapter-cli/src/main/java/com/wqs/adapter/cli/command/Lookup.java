package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.QuoteSort;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.User;
import com.wqs.domain.workorder.WorkOrderId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns what a person types (a UUID, a number such as {@code Q-2026-00042}, an email, a customer's
 * exact name) into ids, through the use cases so visibility rules apply.
 */
final class Lookup {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private final CliContext context;

    Lookup(CliContext context) {
        this.context = context;
    }

    QuoteId quote(String ref) {
        if (isUuid(ref)) {
            return new QuoteId(UUID.fromString(ref.trim()));
        }
        String number = ref.trim().toUpperCase(Locale.ROOT);
        QuoteSearch search = new QuoteSearch(null, null, null, number, null, null, QuoteSort.NUMBER_ASC);
        return context.useCases().findQuotes().list(context.actor(), search, new PageRequest(1, 20)).items().stream()
                .filter(q -> q.number().equalsIgnoreCase(number))
                .findFirst()
                .map(q -> q.id())
                .orElseThrow(() -> new NotFoundException("quote", ref));
    }

    WorkOrderId workOrder(String ref) {
        if (isUuid(ref)) {
            return new WorkOrderId(UUID.fromString(ref.trim()));
        }
        String number = ref.trim().toUpperCase(Locale.ROOT);
        WorkOrderSearch search = new WorkOrderSearch(null, null, null, number);
        return context.useCases().workOrders().list(context.actor(), search, new PageRequest(1, 20)).items().stream()
                .filter(w -> w.number().equalsIgnoreCase(number))
                .findFirst()
                .map(w -> w.id())
                .orElseThrow(() -> new NotFoundException("work_order", ref));
    }

    /** A customer by id, or by exact (case-insensitive) name when exactly one customer has it. */
    CustomerId customer(String ref) {
        if (isUuid(ref)) {
            return new CustomerId(UUID.fromString(ref.trim()));
        }
        if (ref == null || ref.isBlank()) {
            throw new ValidationException("--customer", "is required");
        }
        List<Customer> matches = context.useCases().customers()
                .search(context.actor(), ref.trim(), new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                .filter(c -> c.name().equalsIgnoreCase(ref.trim()))
                .toList();
        if (matches.size() > 1) {
            throw new ValidationException("--customer", matches.size() + " customers are named '" + ref.trim()
                    + "': give the id");
        }
        return matches.stream().findFirst().map(Customer::id).orElseThrow(() -> new NotFoundException("customer", ref));
    }

    /** A product by code or id. */
    Product product(String ref) {
        if (isUuid(ref)) {
            return context.useCases().catalog().getProduct(context.actor(), new ProductId(UUID.fromString(ref.trim())));
        }
        return context.useCases().catalog().getProductByCode(context.actor(), ref.trim());
    }

    User user(String email) {
        return context.useCases().users().findByEmail(context.actor(), email)
                .orElseThrow(() -> new NotFoundException("user", email));
    }

    /** Whether {@code ref} (trimmed) is a UUID as ids are written. */
    static boolean isUuid(String ref) {
        return ref != null && UUID_TEXT.matcher(ref.trim()).matches();
    }
}
