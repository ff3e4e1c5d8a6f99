package com.wqs.domain.catalog;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** One bill-of-materials line: a material, a quantity formula over the window's size, and a waste factor. */
public record BomLine(String materialCode, Formula formula, BigDecimal wasteFactor, String description) {
    public static final BigDecimal NO_WASTE = BigDecimal.ONE;

    public BomLine {
        materialCode = materialCode == null ? null : materialCode.trim().toUpperCase(Locale.ROOT);
        wasteFactor = wasteFactor == null ? NO_WASTE : wasteFactor;
        description = description == null ? "" : description.trim();
    }

    /** Checks the line's fields, appending errors under {@code prefix}. */
    static void check(List<FieldError> errors, String prefix, BomLine line) {
        if (line == null) {
            errors.add(new FieldError(prefix, "is required"));
            return;
        }
        CatalogRules.checkCode(errors, prefix + "materialCode", line.materialCode());
        if (line.formula() == null) {
            errors.add(new FieldError(prefix + "formula", "is required"));
        }
        if (line.wasteFactor().compareTo(NO_WASTE) < 0 || line.wasteFactor().compareTo(BigDecimal.TEN) > 0) {
            errors.add(new FieldError(prefix + "wasteFactor", "must be between 1.00 and 10"));
        }
    }

    /** Parses a formula for the field {@code field}, turning syntax errors into a validation error. */
    public static Formula parseFormula(String field, String source) {
        try {
            return Formula.parse(source == null ? "" : source);
        } catch (FormulaException e) {
            throw new ValidationException(field, e.getMessage());
        }
    }
}
