package com.wqs.domain.pricing;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.TextLimits;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Finds the catalogue record a line names by code, or adds why it cannot ("is required", "unknown …"). */
final class CodeLookup {
    private CodeLookup() {
    }

    static <T> Optional<T> find(String code, Function<String, Optional<T>> lookup, String what, String field,
            List<FieldError> errors) {
        if (code == null || code.isEmpty()) {
            errors.add(new FieldError(field, "is required"));
            return Optional.empty();
        }
        if (!TextLimits.fits(code, TextLimits.CODE)) {
            errors.add(new FieldError(field, TextLimits.tooLong(TextLimits.CODE)));
            return Optional.empty();
        }
        Optional<T> found = lookup.apply(code);
        if (found.isEmpty()) {
            errors.add(new FieldError(field, "unknown " + what + " '" + code + "'"));
        }
        return found;
    }
}
