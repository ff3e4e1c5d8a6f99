package com.wqs.domain.catalog;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.TextLimits;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Field rules shared by the catalogue records. */
final class CatalogRules {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private CatalogRules() {
    }

    static void checkCode(List<FieldError> errors, String field, String code) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (code.trim().length() > TextLimits.CODE) {
            errors.add(new FieldError(field, TextLimits.tooLong(TextLimits.CODE)));
        } else if (!CODE.matcher(code.trim()).matches()) {
            errors.add(new FieldError(field, "must be 1-" + TextLimits.CODE + " letters, digits, '.', '_' or '-'"));
        }
    }

    static void checkCost(List<FieldError> errors, String field, BigDecimal cost) {
        if (cost == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (cost.signum() < 0) {
            errors.add(new FieldError(field, "must not be negative"));
        } else if (cost.stripTrailingZeros().scale() > Material.COST_SCALE) {
            errors.add(new FieldError(field, "must have at most 4 decimals"));
        } else if (cost.compareTo(BigDecimal.valueOf(100_000_000)) >= 0) {
            errors.add(new FieldError(field, "is too large"));
        }
    }

    static void checkPositiveFactor(List<FieldError> errors, String field, BigDecimal factor) {
        if (factor == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (factor.signum() <= 0 || factor.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add(new FieldError(field, "must be greater than 0 and at most 100"));
        }
    }
}
