package com.wqs.domain.catalog;

import com.wqs.domain.shared.FieldError;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

/**
 * The pieces a profile BOM line is cut into, per evaluation of its scope: {@code count} pieces (a formula
 * that must give a whole number) of {@code lengthMm} (a formula, in mm), with the saw angle at each end in
 * degrees (90 a square cut, 45 a mitre). The line's metres for pricing are Σ count × length / 1000 × waste.
 */
public record BomPieces(Formula count, Formula lengthMm, BigDecimal startAngle, BigDecimal endAngle) {
    public static final BigDecimal SQUARE = BigDecimal.valueOf(90);
    public static final BigDecimal MIN_ANGLE = BigDecimal.valueOf(10);
    public static final BigDecimal MAX_ANGLE = BigDecimal.valueOf(170);
    /** The most pieces one evaluation may give. */
    public static final int MAX_COUNT = 1000;

    public BomPieces {
        startAngle = startAngle == null ? SQUARE : startAngle;
        endAngle = endAngle == null ? SQUARE : endAngle;
    }

    /** Square-cut pieces. */
    public static BomPieces square(Formula count, Formula lengthMm) {
        return new BomPieces(count, lengthMm, SQUARE, SQUARE);
    }

    void check(List<FieldError> errors, String prefix, BomScope scope) {
        checkFormula(errors, prefix + "count", count, scope);
        checkFormula(errors, prefix + "lengthMm", lengthMm, scope);
        checkAngle(errors, prefix + "startAngle", startAngle);
        checkAngle(errors, prefix + "endAngle", endAngle);
    }

    static void checkFormula(List<FieldError> errors, String field, Formula formula, BomScope scope) {
        if (formula == null) {
            errors.add(new FieldError(field, "is required"));
            return;
        }
        formula.variables().stream()
                .filter(name -> !scope.variables().contains(name))
                .sorted()
                .findFirst()
                .ifPresent(name -> errors.add(new FieldError(field, "variable '" + name
                        + "' is not available in scope " + scope + " (it may use: "
                        + String.join(", ", new TreeSet<>(scope.variables())) + ")")));
    }

    private static void checkAngle(List<FieldError> errors, String field, BigDecimal angle) {
        if (angle.compareTo(MIN_ANGLE) < 0 || angle.compareTo(MAX_ANGLE) > 0) {
            errors.add(new FieldError(field, "must be between " + MIN_ANGLE + " and " + MAX_ANGLE
                    + " degrees (90 = square cut, 45 = mitre)"));
        }
    }
}
