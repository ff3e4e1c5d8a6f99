package com.wqs.domain.quote;

import java.util.Locale;

/** A window of a product, with a glass, an optional profile colour, a size in mm and a quantity. */
public record WindowLine(String productCode, String glassCode, String colour, int widthMm, int heightMm,
        int quantity, String description) implements QuoteLine {
    public WindowLine {
        productCode = upper(productCode);
        glassCode = upper(glassCode);
        colour = colour == null || colour.isBlank() ? null : upper(colour);
        description = description == null ? "" : description.trim();
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
