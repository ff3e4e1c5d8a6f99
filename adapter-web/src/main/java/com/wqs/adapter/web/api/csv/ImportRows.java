package com.wqs.adapter.web.api.csv;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Parsed upload rows: the commands for the use case, the errors found while reading the file, and how a
 * field the use case names for its list entry ({@code rows[i].name}) reads in terms of the file
 * ({@code rows[7].name}, the file's row 7).
 */
public record ImportRows<C>(List<C> commands, List<FieldError> errors, UnaryOperator<String> toFileField) {
    public ImportRows {
        commands = List.copyOf(commands);
        errors = List.copyOf(errors);
    }

    /** Throws every reading error at once; nothing is imported then. */
    public ImportRows<C> requireValid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }

    /** The use case's validation error, its fields renamed to the file's rows. */
    public ValidationException inFileTerms(ValidationException e) {
        return new ValidationException(e.errors().stream()
                .map(error -> new FieldError(toFileField.apply(error.field()), error.message()))
                .toList());
    }
}
