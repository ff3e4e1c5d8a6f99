package com.wqs.domain.quote;

import java.math.BigDecimal;
import java.util.Locale;

/** A material sold by itself, in a decimal quantity of its unit. */
public record MaterialLine(String materialCode, BigDecimal quantity, String description) implements QuoteLine {
    public MaterialLine {
        materialCode = materialCode == null ? null : materialCode.trim().toUpperCase(Locale.ROOT);
        description = description == null ? "" : description.trim();
    }
}
