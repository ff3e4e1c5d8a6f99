package com.wqs.domain.quote;

import com.wqs.domain.layout.Layout;
import java.util.Locale;

/**
 * A window of a product, with a glass, an optional profile colour, a size in mm, a quantity, optionally
 * its own layout (null: the product's default layout), and whether it is required, optional or an
 * alternative ({@link LineOption}; null reads as required).
 */
public record WindowLine(String productCode, String glassCode, String colour, int widthMm, int heightMm,
        int quantity, String description, Layout layout, LineOption option) implements QuoteLine {
    public WindowLine {
        productCode = upper(productCode);
        glassCode = upper(glassCode);
        colour = colour == null || colour.isBlank() ? null : upper(colour);
        description = description == null ? "" : description.trim();
        option = LineOption.orRequired(option);
    }

    /** A required line. */
    public WindowLine(String productCode, String glassCode, String colour, int widthMm, int heightMm, int quantity,
            String description, Layout layout) {
        this(productCode, glassCode, colour, widthMm, heightMm, quantity, description, layout, LineOption.REQUIRED);
    }

    /** A required line with the product's default layout. */
    public WindowLine(String productCode, String glassCode, String colour, int widthMm, int heightMm, int quantity,
            String description) {
        this(productCode, glassCode, colour, widthMm, heightMm, quantity, description, null);
    }

    @Override
    public WindowLine withOption(LineOption newOption) {
        return new WindowLine(productCode, glassCode, colour, widthMm, heightMm, quantity, description, layout,
                newOption);
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
