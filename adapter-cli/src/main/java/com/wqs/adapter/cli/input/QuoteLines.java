package com.wqs.adapter.cli.input;

import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.layout.Layout;
import com.wqs.domain.layout.LayoutNotation;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Quote lines from {@code --line "product=SLD-2L,glass=GLS-CLR-6,color=WHITE,w=1500,h=1200,qty=2"} and
 * {@code --material-line "code=SIL-NEU,qty=3"}; a window line may give its layout in the notation of
 * {@link LayoutNotation}, {@code layout=V(600)[FIX,CR]}. Any line may be {@code optional=true} (in the total only
 * when {@code chosen=true}) or one of an alternative group, {@code group=Glass} (exactly one line of a group has
 * {@code chosen=true}). Window lines come first, then material lines; errors
 * name them {@code lines[i]} in that order, as the pricing engine does.
 */
public final class QuoteLines {
    private static final Map<String, String> WINDOW_KEYS = Map.ofEntries(
            Map.entry("product", "product"), Map.entry("p", "product"),
            Map.entry("glass", "glass"), Map.entry("g", "glass"),
            Map.entry("color", "color"), Map.entry("colour", "color"), Map.entry("c", "color"),
            Map.entry("w", "w"), Map.entry("width", "w"),
            Map.entry("h", "h"), Map.entry("height", "h"),
            Map.entry("qty", "qty"), Map.entry("q", "qty"), Map.entry("quantity", "qty"),
            Map.entry("desc", "description"), Map.entry("description", "description"),
            Map.entry("layout", "layout"), Map.entry("l", "layout"),
            Map.entry("optional", "optional"), Map.entry("group", "alternativeGroup"),
            Map.entry("alternativegroup", "alternativeGroup"), Map.entry("chosen", "chosen"));
    private static final Map<String, String> MATERIAL_KEYS = Map.ofEntries(
            Map.entry("code", "code"), Map.entry("material", "code"),
            Map.entry("qty", "qty"), Map.entry("q", "qty"), Map.entry("quantity", "qty"),
            Map.entry("desc", "description"), Map.entry("description", "description"),
            Map.entry("optional", "optional"), Map.entry("group", "alternativeGroup"),
            Map.entry("alternativegroup", "alternativeGroup"), Map.entry("chosen", "chosen"));

    private QuoteLines() {
    }

    public static List<QuoteLine> parse(List<String> windowSpecs, List<String> materialSpecs) {
        List<QuoteLine> lines = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        int index = 0;
        for (String spec : windowSpecs) {
            String field = "lines[" + index++ + "]";
            try {
                KeyValues values = KeyValues.parse(field, spec, WINDOW_KEYS);
                String product = values.requiredText("product");
                String glass = values.requiredText("glass");
                Integer width = values.integer("w", null);
                Integer height = values.integer("h", null);
                Integer quantity = values.integer("qty", 1);
                LineOption option = option(values);
                String layoutText = values.text("layout");
                Layout layout = null;
                if (layoutText != null && !layoutText.isBlank()) {
                    try {
                        layout = LayoutNotation.parse(layoutText, field + ".layout");
                    } catch (ValidationException e) {
                        errors.addAll(e.errors());
                    }
                }
                errors.addAll(values.errors());
                if (values.errors().isEmpty() && errors.isEmpty()) {
                    lines.add(new WindowLine(product, glass, values.text("color"), width, height, quantity,
                            values.text("description"), layout, option));
                }
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        for (String spec : materialSpecs) {
            String field = "lines[" + index++ + "]";
            try {
                KeyValues values = KeyValues.parse(field, spec, MATERIAL_KEYS);
                String code = values.requiredText("code");
                BigDecimal quantity = values.decimal("qty", null);
                LineOption option = option(values);
                errors.addAll(values.errors());
                if (values.errors().isEmpty()) {
                    lines.add(new MaterialLine(code, quantity, values.text("description"), option));
                }
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return lines;
    }

    private static LineOption option(KeyValues values) {
        return new LineOption(values.flag("optional"), values.text("alternativeGroup"), values.flag("chosen"));
    }
}
