package com.wqs.adapter.cli.command;

import com.wqs.application.port.in.RatesCommand;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** A quote's rates in percent ({@code --discount 5} or {@code 5%}); absent ones use the installation's defaults. */
public final class RatesOptions {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Option(names = "--margin", paramLabel = "PERCENT", description = "Profit margin (default: settings).")
    String margin;

    @Option(names = "--indirect", paramLabel = "PERCENT", description = "Indirect costs (default: settings).")
    String indirect;

    @Option(names = "--discount", paramLabel = "PERCENT", description = "Discount (default: 0).")
    String discount;

    @Option(names = "--tax", paramLabel = "PERCENT", description = "Tax rate (default: settings).")
    String tax;

    @Option(names = "--glass-waste", paramLabel = "PERCENT", description = "Glass waste (default: settings).")
    String glassWaste;

    @Option(names = "--labour-rate", paramLabel = "AMOUNT",
            description = "Labour cost per m² for every window (complexity factor 1) instead of the catalogue's.")
    String labourRate;

    RatesCommand toCommand() {
        List<FieldError> errors = new ArrayList<>();
        RatesCommand rates = new RatesCommand(percent("--margin", margin, errors), percent("--indirect", indirect, errors),
                percent("--discount", discount, errors), percent("--tax", tax, errors),
                percent("--glass-waste", glassWaste, errors), amount("--labour-rate", labourRate, errors));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return rates;
    }

    private static BigDecimal percent(String field, String text, List<FieldError> errors) {
        BigDecimal value = amount(field, text == null ? null : text.trim().replaceFirst("\\s*%$", ""), errors);
        return value == null ? null : value.divide(HUNDRED);
    }

    private static BigDecimal amount(String field, String text, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.signum() < 0) {
                errors.add(new FieldError(field, "must not be negative"));
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a number"));
            return null;
        }
    }
}
