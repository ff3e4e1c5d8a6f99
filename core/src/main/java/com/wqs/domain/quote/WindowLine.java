package com.wqs.domain.quote;

import com.wqs.domain.layout.Layout;
import java.util.Locale;

/**
 * A window of a product, with a glass, an optional profile colour, a size in mm, a quantity, and optionally
 * its own layout (null: the product's default layout).
 */
public record WindowLine(String productCode, String glassCode, String colour, int widthMm, int heightMm,
        int quantity, String description, Layout layout) implements QuoteLine {
    public WindowLine {
        productCode = upper(productCode);
        glassCode = upper(glassCode);
        colour = colour == null || colour.isBlank() ? null : upper(colour);
        description = description == null ? "" : description.trim();
    }

    /** A line with the product's default layout. */
    public WindowLine(String productCode, String glassCode, String colour, int widthMm, int heightMm, int quantity,
            String description) {
        this(productCode, glassCode, colour, widthMm, heightMm, quantity, description, null);
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
