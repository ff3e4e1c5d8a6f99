package com.wqs.adapter.web.api;

import com.wqs.adapter.web.api.dto.LayoutJson;
import com.wqs.adapter.web.api.dto.QuoteLineRequest;
import com.wqs.adapter.web.api.dto.QuoteRequest;
import com.wqs.adapter.web.api.dto.RatesRequest;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.Ids;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Quote request bodies to use-case commands. Checks only what the transport must (required fields of
 * each line type, whole window quantities); every business rule is the core's.
 */
final class QuoteRequests {
    private QuoteRequests() {
    }

    static QuoteCommand command(QuoteRequest request) {
        List<FieldError> errors = new ArrayList<>();
        CustomerId customer = null;
        if (request.customerId() == null) {
            errors.add(new FieldError("customerId", "is required"));
        } else {
            try {
                customer = new CustomerId(Ids.parse("customerId", request.customerId()));
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        List<QuoteLine> lines = lines(request.lines(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new QuoteCommand(customer, lines, rates(request.rates()), request.validUntil(), request.notes());
    }

    static List<QuoteLine> lines(List<QuoteLineRequest> requests) {
        List<FieldError> errors = new ArrayList<>();
        List<QuoteLine> lines = lines(requests, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return lines;
    }

    static RatesCommand rates(RatesRequest r) {
        if (r == null) {
            return RatesCommand.DEFAULTS;
        }
        return new RatesCommand(r.profitMargin(), r.indirectRate(), r.discountRate(), r.taxRate(), r.glassWaste(),
                r.laborRateOverride());
    }

    private static List<QuoteLine> lines(List<QuoteLineRequest> requests, List<FieldError> errors) {
        if (requests == null) {
            return List.of();
        }
        List<QuoteLine> lines = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            QuoteLine line = line(requests.get(i), "lines[" + i + "].", errors);
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static QuoteLine line(QuoteLineRequest r, String prefix, List<FieldError> errors) {
        if (r == null) {
            errors.add(new FieldError(prefix.substring(0, prefix.length() - 1), "is required"));
            return null;
        }
        if (r.type() == null) {
            errors.add(new FieldError(prefix + "type", "is required (WINDOW or MATERIAL)"));
            return null;
        }
        int before = errors.size();
        return switch (r.type()) {
            case WINDOW -> {
                require(errors, prefix + "widthMm", r.widthMm());
                require(errors, prefix + "heightMm", r.heightMm());
                Integer quantity = wholeQuantity(errors, prefix + "quantity", r.quantity());
                yield errors.size() > before ? null : new WindowLine(r.productCode(), r.glassCode(), r.colour(),
                        r.widthMm(), r.heightMm(), quantity, r.description(), LayoutJson.toLayout(r.layout()),
                        r.option());
            }
            case MATERIAL -> {
                require(errors, prefix + "quantity", r.quantity());
                if (r.layout() != null) {
                    errors.add(new FieldError(prefix + "layout", "only a WINDOW line has a layout"));
                }
                yield errors.size() > before ? null : new MaterialLine(r.materialCode(), r.quantity(),
                        r.description(), r.option());
            }
        };
    }

    private static Integer wholeQuantity(List<FieldError> errors, String field, BigDecimal quantity) {
        if (quantity == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        try {
            return quantity.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            errors.add(new FieldError(field, "must be a whole number for a window"));
            return null;
        }
    }

    private static void require(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        }
    }
}
