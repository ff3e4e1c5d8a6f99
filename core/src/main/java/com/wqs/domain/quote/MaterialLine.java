package com.wqs.domain.quote;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A material sold by itself, in a decimal quantity of its unit; required, optional or an alternative
 * ({@link LineOption}; null reads as required).
 */
public record MaterialLine(String materialCode, BigDecimal quantity, String description, LineOption option)
        implements QuoteLine {
    public MaterialLine {
        materialCode = materialCode == null ? null : materialCode.trim().toUpperCase(Locale.ROOT);
        description = description == null ? "" : description.trim();
        option = LineOption.orRequired(option);
    }

    /** A required line. */
    public MaterialLine(String materialCode, BigDecimal quantity, String description) {
        this(materialCode, quantity, description, LineOption.REQUIRED);
    }

    @Override
    public MaterialLine withOption(LineOption newOption) {
        return new MaterialLine(materialCode, quantity, description, newOption);
    }
}
