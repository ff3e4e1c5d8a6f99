package com.wqs.application.service;

import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.out.CustomerRepository;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.pricing.PricingCatalog;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.QuoteLine;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Checks and prices the content of a draft (create and update share it): the customer must exist,
 * rates fall back to the settings, {@code validUntil} to today + validity and must not be past, and
 * the lines are priced from the current catalogue. Every bad field is reported together.
 */
final class DraftPreparer {
    private final CustomerRepository customers;
    private final QuotePricer pricer;

    DraftPreparer(CustomerRepository customers, QuotePricer pricer) {
        this.customers = customers;
        this.pricer = pricer;
    }

    record DraftContent(QuotePricing pricing, LocalDate validUntil) {
    }

    DraftContent prepare(QuoteCommand command, Settings settings, LocalDate today) {
        Objects.requireNonNull(command, "command");
        return prepare(command, settings, today, pricer.catalogFor(List.of(linesOf(command))),
                id -> customers.findById(id).isPresent());
    }

    /**
     * As {@link #prepare(QuoteCommand, Settings, LocalDate)}, over a catalogue read beforehand and a
     * customer check that may remember its answers (many drafts at once).
     */
    DraftContent prepare(QuoteCommand command, Settings settings, LocalDate today, PricingCatalog catalog,
            Predicate<CustomerId> customerExists) {
        Objects.requireNonNull(command, "command");
        Validation validation = new Validation();
        if (command.customerId() == null) {
            validation.add("customerId", "is required");
        } else if (!customerExists.test(command.customerId())) {
            validation.add("customerId", "no such customer");
        }
        LocalDate validUntil = command.validUntil() == null
                ? today.plusDays(settings.validityDays())
                : command.validUntil();
        if (validUntil.isBefore(today)) {
            validation.add("validUntil", "must not be in the past");
        }
        QuotePricing pricing = pricer.price(validation, command.lines(), command.rates(), settings, catalog);
        validation.throwIfInvalid();
        return new DraftContent(pricing, validUntil);
    }

    static List<QuoteLine> linesOf(QuoteCommand command) {
        return command.lines() == null ? List.of() : command.lines();
    }
}
