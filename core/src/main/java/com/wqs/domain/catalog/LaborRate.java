package com.wqs.domain.catalog;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Labour cost per m² of window of one type, and that type's complexity factor. */
public record LaborRate(WindowType windowType, BigDecimal ratePerM2, BigDecimal complexity) {
    public LaborRate {
        List<FieldError> errors = new ArrayList<>();
        if (windowType == null) {
            errors.add(new FieldError("windowType", "is required"));
        }
        CatalogRules.checkCost(errors, "ratePerM2", ratePerM2);
        CatalogRules.checkPositiveFactor(errors, "complexity", complexity);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
