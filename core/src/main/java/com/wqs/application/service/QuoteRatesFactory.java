package com.wqs.application.service;

import com.wqs.application.port.in.RatesCommand;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.shared.Rate;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.function.Supplier;

/** The rates of a quote: what the command gives, the installation's defaults for the rest. */
final class QuoteRatesFactory {
    private QuoteRatesFactory() {
    }

    /** @throws ValidationException naming each bad rate as {@code rates.field} */
    static QuoteRates resolve(RatesCommand command, Settings settings) {
        RatesCommand given = command == null ? RatesCommand.DEFAULTS : command;
        QuoteRates defaults = QuoteRates.from(settings);
        Validation validation = new Validation();
        Rate margin = rate(validation, "profitMargin", given.profitMargin(), defaults.profitMargin());
        Rate indirect = rate(validation, "indirectRate", given.indirectRate(), defaults.indirectRate());
        Rate discount = rate(validation, "discountRate", given.discountRate(), defaults.discountRate());
        Rate tax = rate(validation, "taxRate", given.taxRate(), defaults.taxRate());
        Rate glassWaste = rate(validation, "glassWaste", given.glassWaste(), defaults.glassWaste());
        validation.throwIfInvalid();
        return new QuoteRates(margin, indirect, discount, tax, glassWaste, given.laborRateOverride());
    }

    private static Rate rate(Validation validation, String field, BigDecimal given, Rate fallback) {
        if (given == null) {
            return fallback;
        }
        return validation.check(renamed("rates." + field, () -> new Rate(given)));
    }

    /** Rate's own error names a generic "rate" field; the caller knows which rate it was. */
    private static <T> Supplier<T> renamed(String field, Supplier<T> check) {
        return () -> {
            try {
                return check.get();
            } catch (ValidationException e) {
                throw new ValidationException(field, e.errors().get(0).message());
            }
        };
    }
}
