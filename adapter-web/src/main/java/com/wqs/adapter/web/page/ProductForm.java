package com.wqs.adapter.web.page;

import com.wqs.application.port.in.ProductCommand;
import com.wqs.application.port.in.ProductCommand.BomLineCommand;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.WindowType;
import java.util.ArrayList;
import java.util.List;

/**
 * The product form as typed. BOM rows are numbered {@code bom[i]} as the catalogue's errors name them;
 * blank rows are dropped and three blank ones follow the filled ones, so the numbers always match.
 */
public record ProductForm(String code, String name, String category, String windowType, String minWidthMm,
        String maxWidthMm, String minHeightMm, String maxHeightMm, boolean active, List<BomRow> bom) {

    static final int BLANK_BOM_ROWS = 3;
    private static final int MAX_ROWS = 150;

    public record BomRow(String materialCode, String formula, String wasteFactor, String description) {
        boolean blank() {
            return materialCode.isBlank() && formula.isBlank() && wasteFactor.isBlank() && description.isBlank();
        }
    }

    /** A size limit field of the form: its name, label and typed value. */
    public record SizeField(String name, String label, String value) {
    }

    public List<SizeField> dimensions() {
        return List.of(new SizeField("minWidthMm", "Minimum width (mm)", minWidthMm),
                new SizeField("maxWidthMm", "Maximum width (mm)", maxWidthMm),
                new SizeField("minHeightMm", "Minimum height (mm)", minHeightMm),
                new SizeField("maxHeightMm", "Maximum height (mm)", maxHeightMm));
    }

    static ProductForm blank() {
        return new ProductForm("", "", "WINDOW", "", "", "", "", "", true, withBlankRows(List.of()));
    }

    static ProductForm of(Product p) {
        List<BomRow> rows = p.bom().stream()
                .map(b -> new BomRow(b.materialCode(), b.formula().source(), b.wasteFactor().toPlainString(),
                        b.description()))
                .toList();
        return new ProductForm(p.code(), p.name(), p.category().name(), p.windowType().name(),
                Integer.toString(p.minWidthMm()), Integer.toString(p.maxWidthMm()), Integer.toString(p.minHeightMm()),
                Integer.toString(p.maxHeightMm()), p.active(), withBlankRows(rows));
    }

    static ProductForm read(FormInput form) {
        List<BomRow> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String prefix = "bom[" + i + "].";
            BomRow row = new BomRow(form.text(prefix + "materialCode"), form.text(prefix + "formula"),
                    form.text(prefix + "wasteFactor"), form.text(prefix + "description"));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return new ProductForm(form.text("code"), form.text("name"), form.text("category"), form.text("windowType"),
                form.text("minWidthMm"), form.text("maxWidthMm"), form.text("minHeightMm"), form.text("maxHeightMm"),
                form.checked("active"), withBlankRows(rows));
    }

    /** The command; numbers that do not parse are recorded on {@code form} under their field names. */
    ProductCommand command(FormInput form) {
        List<BomLineCommand> lines = new ArrayList<>();
        for (int i = 0; i < bom.size(); i++) {
            BomRow row = bom.get(i);
            if (row.blank()) {
                continue;
            }
            String prefix = "bom[" + i + "].";
            lines.add(new BomLineCommand(row.materialCode(), row.formula(),
                    row.wasteFactor().isBlank() ? null : form.requiredDecimal(prefix + "wasteFactor", row.wasteFactor()),
                    row.description()));
        }
        return new ProductCommand(code, name, form.choice("category", ProductCategory.class),
                form.choice("windowType", WindowType.class), form.integer("minWidthMm"), form.integer("maxWidthMm"),
                form.integer("minHeightMm"), form.integer("maxHeightMm"), lines, active);
    }

    private static List<BomRow> withBlankRows(List<BomRow> rows) {
        List<BomRow> all = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_BOM_ROWS; i++) {
            all.add(new BomRow("", "", "", ""));
        }
        return List.copyOf(all);
    }
}
