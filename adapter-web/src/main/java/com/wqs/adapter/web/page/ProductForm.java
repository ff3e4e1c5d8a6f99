package com.wqs.adapter.web.page;

import com.wqs.application.port.in.ProductCommand;
import com.wqs.application.port.in.ProductCommand.BomLineCommand;
import com.wqs.application.port.in.ProductCommand.PiecesCommand;
import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.BomPieces;
import com.wqs.domain.catalog.BomScope;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.ProductLayout;
import com.wqs.domain.catalog.WindowType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The product form as typed. BOM rows are numbered {@code bom[i]} as the catalogue's errors name them;
 * blank rows are dropped and three blank ones follow the filled ones, so the numbers always match. A row
 * gives a quantity formula, or (for a profile) its pieces: count, length and end angles
 * ({@code bom[i].pieces.count}, ...).
 */
public record ProductForm(String code, String name, String category, String windowType, String minWidthMm,
        String maxWidthMm, String minHeightMm, String maxHeightMm, boolean active, List<BomRow> bom) {

    static final int BLANK_BOM_ROWS = 3;
    private static final int MAX_ROWS = 150;

    public record BomRow(String materialCode, String scope, String formula, String wasteFactor, String description,
            String pieceCount, String pieceLengthMm, String startAngle, String endAngle) {
        static final BomRow BLANK = new BomRow("", "", "", "", "", "", "", "", "");

        boolean blank() {
            // The scope alone does not make a line: every row's select has a value.
            return Stream.of(materialCode, formula, wasteFactor, description).allMatch(String::isBlank)
                    && !hasPieces();
        }

        /** Whether any piece field is filled in: the line then gives its pieces instead of a formula. */
        boolean hasPieces() {
            return Stream.of(pieceCount, pieceLengthMm, startAngle, endAngle).anyMatch(text -> !text.isBlank());
        }

        static BomRow of(BomLine line) {
            BomPieces pieces = line.pieces();
            return new BomRow(line.materialCode(), line.scope().name(),
                    line.formula() == null ? "" : line.formula().source(), line.wasteFactor().toPlainString(),
                    line.description(), pieces == null ? "" : pieces.count().source(),
                    pieces == null ? "" : pieces.lengthMm().source(), pieces == null ? "" : angle(pieces.startAngle()),
                    pieces == null ? "" : angle(pieces.endAngle()));
        }

        private static String angle(BigDecimal degrees) {
            return degrees.stripTrailingZeros().toPlainString();
        }
    }

    /** A size limit field of the form: its name, the key of its label in the catalogue's texts, the typed value. */
    public record SizeField(String name, String labelKey, String value) {
    }

    public List<SizeField> dimensions() {
        return List.of(new SizeField("minWidthMm", "catalog.product.min-width", minWidthMm),
                new SizeField("maxWidthMm", "catalog.product.max-width", maxWidthMm),
                new SizeField("minHeightMm", "catalog.product.min-height", minHeightMm),
                new SizeField("maxHeightMm", "catalog.product.max-height", maxHeightMm));
    }

    static ProductForm blank() {
        return new ProductForm("", "", "WINDOW", "", "", "", "", "", true, withBlankRows(List.of()));
    }

    static ProductForm of(Product p) {
        List<BomRow> rows = p.bom().stream().map(BomRow::of).toList();
        return new ProductForm(p.code(), p.name(), p.category().name(), p.windowType().name(),
                Integer.toString(p.minWidthMm()), Integer.toString(p.maxWidthMm()), Integer.toString(p.minHeightMm()),
                Integer.toString(p.maxHeightMm()), p.active(), withBlankRows(rows));
    }

    static ProductForm read(FormInput form) {
        List<BomRow> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String prefix = "bom[" + i + "].";
            BomRow row = new BomRow(form.text(prefix + "materialCode"), form.text(prefix + "scope"),
                    form.text(prefix + "formula"), form.text(prefix + "wasteFactor"), form.text(prefix + "description"),
                    form.text(prefix + "pieces.count"), form.text(prefix + "pieces.lengthMm"),
                    form.text(prefix + "pieces.startAngle"), form.text(prefix + "pieces.endAngle"));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return new ProductForm(form.text("code"), form.text("name"), form.text("category"), form.text("windowType"),
                form.text("minWidthMm"), form.text("maxWidthMm"), form.text("minHeightMm"), form.text("maxHeightMm"),
                form.checked("active"), withBlankRows(rows));
    }

    /**
     * The command, with {@code layout} (the form does not edit the layout: a saved product keeps its own);
     * numbers that do not parse are recorded on {@code form} under their field names.
     */
    ProductCommand command(FormInput form, ProductLayout layout) {
        List<BomLineCommand> lines = new ArrayList<>();
        for (int i = 0; i < bom.size(); i++) {
            BomRow row = bom.get(i);
            if (row.blank()) {
                continue;
            }
            String prefix = "bom[" + i + "].";
            lines.add(new BomLineCommand(row.materialCode(), row.formula(),
                    optionalDecimal(form, prefix + "wasteFactor", row.wasteFactor()), row.description(),
                    form.choice(prefix + "scope", row.scope(), BomScope.class), pieces(form, prefix, row)));
        }
        return new ProductCommand(code, name, form.choice("category", ProductCategory.class),
                form.choice("windowType", WindowType.class), form.integer("minWidthMm"), form.integer("maxWidthMm"),
                form.integer("minHeightMm"), form.integer("maxHeightMm"), lines, layout, active);
    }

    /** Null when no piece field is filled in; a blank angle is a square cut. */
    private static PiecesCommand pieces(FormInput form, String prefix, BomRow row) {
        if (!row.hasPieces()) {
            return null;
        }
        return new PiecesCommand(row.pieceCount(), row.pieceLengthMm(),
                optionalDecimal(form, prefix + "pieces.startAngle", row.startAngle()),
                optionalDecimal(form, prefix + "pieces.endAngle", row.endAngle()));
    }

    private static BigDecimal optionalDecimal(FormInput form, String field, String text) {
        return text.isBlank() ? null : form.requiredDecimal(field, text);
    }

    private static List<BomRow> withBlankRows(List<BomRow> rows) {
        List<BomRow> all = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_BOM_ROWS; i++) {
            all.add(BomRow.BLANK);
        }
        return List.copyOf(all);
    }
}
