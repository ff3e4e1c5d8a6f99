package com.wqs.adapter.web.page;

import com.wqs.adapter.web.i18n.Messages;
import com.wqs.application.port.in.MaterialCommand;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The material form as typed; colour prices are rows, with blank rows to add more. */
public record MaterialForm(String code, String name, String category, String unit, String unitCost,
        String stockLengthM, boolean active, List<ColourRow> colours) {

    static final int BLANK_COLOUR_ROWS = 2;

    public record ColourRow(String colour, String cost) {
        boolean blank() {
            return colour.isBlank() && cost.isBlank();
        }
    }

    static MaterialForm blank() {
        return new MaterialForm("", "", "", "", "", "", true, withBlankRows(List.of()));
    }

    static MaterialForm of(Material m) {
        List<ColourRow> colours = new ArrayList<>();
        m.colourCosts().forEach((colour, cost) -> colours.add(new ColourRow(colour, cost.toPlainString())));
        return new MaterialForm(m.code(), m.name(), m.category().name(), m.unit().name(), m.unitCost().toPlainString(),
                m.stockLengthM() == null ? "" : m.stockLengthM().toPlainString(), m.active(), withBlankRows(colours));
    }

    static MaterialForm read(FormInput form) {
        List<ColourRow> colours = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String colour = form.text("colours[" + i + "].colour");
            String cost = form.text("colours[" + i + "].cost");
            ColourRow row = new ColourRow(colour, cost);
            if (!row.blank()) {
                colours.add(row);
            }
        }
        return new MaterialForm(form.text("code"), form.text("name"), form.text("category"), form.text("unit"),
                form.text("unitCost"), form.text("stockLengthM"), form.checked("active"), withBlankRows(colours));
    }

    /**
     * The command; fields that do not parse are recorded on {@code form} under their names ({@code messages}:
     * the page's language, for the form's own messages).
     */
    MaterialCommand command(FormInput form, Messages messages) {
        Map<String, BigDecimal> costs = new LinkedHashMap<>();
        for (ColourRow row : colours) {
            if (row.blank()) {
                continue;
            }
            String field = "colourCosts." + row.colour().toUpperCase(Locale.ROOT);
            if (row.colour().isBlank()) {
                form.reject(field, messages.text("catalog.material.colour-unnamed"));
                continue;
            }
            BigDecimal cost = form.requiredDecimal(field, row.cost());
            if (cost != null) {
                costs.put(row.colour(), cost);
            }
        }
        return new MaterialCommand(code, name, form.choice("category", MaterialCategory.class),
                form.choice("unit", MaterialUnit.class), form.decimal("unitCost"), form.decimal("stockLengthM"),
                active, costs);
    }

    private static List<ColourRow> withBlankRows(List<ColourRow> rows) {
        List<ColourRow> all = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_COLOUR_ROWS; i++) {
            all.add(new ColourRow("", ""));
        }
        return List.copyOf(all);
    }
}
