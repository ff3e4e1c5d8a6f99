package com.wqs.domain.catalog;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One bill-of-materials line: a material, a quantity formula over the window's size (evaluated in its
 * {@link BomScope}: once per window, or per cell or division of the layout, summed), and a waste factor.
 * A profile line may give its {@link BomPieces pieces} instead of a formula: its quantity is then the
 * pieces' length in metres, and the cut list cuts exactly those pieces.
 */
public record BomLine(String materialCode, Formula formula, BigDecimal wasteFactor, String description,
        BomScope scope, BomPieces pieces) {
    public static final BigDecimal NO_WASTE = BigDecimal.ONE;

    public BomLine {
        materialCode = materialCode == null ? null : materialCode.trim().toUpperCase(Locale.ROOT);
        wasteFactor = wasteFactor == null ? NO_WASTE : wasteFactor;
        description = description == null ? "" : description.trim();
        scope = scope == null ? BomScope.WINDOW : scope;
    }

    /** A line evaluated once per window. */
    public BomLine(String materialCode, Formula formula, BigDecimal wasteFactor, String description) {
        this(materialCode, formula, wasteFactor, description, BomScope.WINDOW, null);
    }

    /** A quantity-formula line (no pieces). */
    public BomLine(String materialCode, Formula formula, BigDecimal wasteFactor, String description,
            BomScope scope) {
        this(materialCode, formula, wasteFactor, description, scope, null);
    }

    /** A line of pieces (no quantity formula). */
    public static BomLine ofPieces(String materialCode, BomPieces pieces, BigDecimal wasteFactor,
            String description, BomScope scope) {
        return new BomLine(materialCode, null, wasteFactor, description, scope, pieces);
    }

    public boolean hasPieces() {
        return pieces != null;
    }

    /** Checks the line's fields, appending errors under {@code prefix}. */
    static void check(List<FieldError> errors, String prefix, BomLine line) {
        if (line == null) {
            errors.add(new FieldError(prefix, "is required"));
            return;
        }
        CatalogRules.checkCode(errors, prefix + "materialCode", line.materialCode());
        if (line.pieces() != null) {
            if (line.formula() != null) {
                errors.add(new FieldError(prefix + "formula", "must be empty when the line gives its pieces "
                        + "(the pieces' length is the quantity)"));
            }
            line.pieces().check(errors, prefix + "pieces.", line.scope());
        } else if (line.formula() == null) {
            errors.add(new FieldError(prefix + "formula", "is required (or give the line's pieces)"));
        } else {
            BomPieces.checkFormula(errors, prefix + "formula", line.formula(), line.scope());
        }
        if (line.wasteFactor().compareTo(NO_WASTE) < 0 || line.wasteFactor().compareTo(BigDecimal.TEN) > 0) {
            errors.add(new FieldError(prefix + "wasteFactor", "must be between 1.00 and 10"));
        }
        TextLimits.check(errors, prefix + "description", line.description(), TextLimits.DESCRIPTION);
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
