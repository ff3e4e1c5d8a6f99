package com.wqs.application.service;

import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.port.in.ProductCommand;
import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.BomPieces;
import com.wqs.domain.catalog.Formula;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.catalog.ProductLayout;
import com.wqs.domain.layout.CellBox;
import com.wqs.domain.layout.LayoutGeometry;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** Turns catalogue commands into records, reporting every bad field at once. */
final class CatalogCommands {
    /** Stands in for a formula that did not parse, so its error is not reported twice. */
    private static final Formula UNPARSED = Formula.parse("0");

    private CatalogCommands() {
    }

    /** @throws ValidationException naming each bad field */
    static Material material(MaterialId id, MaterialCommand command, long version) {
        Objects.requireNonNull(command, "command");
        return new Material(id, command.code(), command.name(), command.category(), command.unit(), command.unitCost(),
                command.stockLengthM(), command.active() == null || command.active(), command.colourCosts(), version);
    }

    /**
     * Parses every BOM formula ({@code bom[i].formula}) and checks every BOM material exists
     * ({@code bom[i].materialCode}).
     *
     * @throws ValidationException naming each bad field
     */
    static Product product(ProductId id, ProductCommand command, long version, Predicate<String> materialExists) {
        Objects.requireNonNull(command, "command");
        Validation validation = new Validation();
        List<BomLine> bom = new ArrayList<>();
        List<ProductCommand.BomLineCommand> lines = command.bom() == null ? List.of() : command.bom();
        for (int i = 0; i < lines.size(); i++) {
            bom.add(bomLine(validation, "bom[" + i + "].", lines.get(i), materialExists));
        }
        int minWidth = required(validation, "minWidthMm", command.minWidthMm(), 1);
        int maxWidth = required(validation, "maxWidthMm", command.maxWidthMm(), Product.MAX_DIMENSION_MM);
        int minHeight = required(validation, "minHeightMm", command.minHeightMm(), 1);
        int maxHeight = required(validation, "maxHeightMm", command.maxHeightMm(), Product.MAX_DIMENSION_MM);
        Product product = validation.check(() -> new Product(id, command.code(), command.name(), command.category(),
                command.windowType(), minWidth, maxWidth, minHeight, maxHeight, bom, command.layout(),
                command.active() == null || command.active(), version));
        validation.throwIfInvalid();
        checkLayoutGlass(validation, product, materialExists);
        validation.throwIfInvalid();
        return product;
    }

    /** Every glass a cell of the default layout names must exist ({@code layout.defaultLayout.cells[k].glassCode}). */
    private static void checkLayoutGlass(Validation validation, Product product, Predicate<String> materialExists) {
        ProductLayout layout = product.layout();
        if (layout.defaultLayout() == null) {
            return;
        }
        List<CellBox> cells = LayoutGeometry.place(layout.defaultLayout(), product.minWidthMm(),
                product.minHeightMm(), layout.divisionWidthMm(), layout.minCellMm(), "", new ArrayList<>())
                .map(LayoutGeometry::cells).orElse(List.of());
        for (int k = 0; k < cells.size(); k++) {
            String glass = cells.get(k).glassCode();
            String field = "layout.defaultLayout.cells[" + k + "].glassCode";
            if (!TextLimits.fits(glass, TextLimits.CODE)) {
                validation.add(field, TextLimits.tooLong(TextLimits.CODE));
            } else if (glass != null && !materialExists.test(glass)) {
                validation.add(field, "no material with code " + glass);
            }
        }
    }

    private static BomLine bomLine(Validation validation, String prefix, ProductCommand.BomLineCommand line,
            Predicate<String> materialExists) {
        if (line == null) {
            return null;
        }
        BomLine bomLine;
        if (line.pieces() != null) {
            ProductCommand.PiecesCommand pieces = line.pieces();
            Formula count = parse(validation, prefix + "pieces.count", pieces.count());
            Formula length = parse(validation, prefix + "pieces.lengthMm", pieces.lengthMm());
            if (line.formula() != null && !line.formula().isBlank()) {
                validation.add(prefix + "formula", "must be empty when the line gives its pieces (the pieces' "
                        + "length is the quantity)");
            }
            bomLine = BomLine.ofPieces(line.materialCode(), new BomPieces(count, length, pieces.startAngle(),
                    pieces.endAngle()), line.wasteFactor(), line.description(), line.scope());
        } else {
            bomLine = new BomLine(line.materialCode(), parse(validation, prefix + "formula", line.formula()),
                    line.wasteFactor(), line.description(), line.scope());
        }
        if (bomLine.materialCode() != null && !bomLine.materialCode().isBlank()
                && TextLimits.fits(bomLine.materialCode(), TextLimits.CODE) && !materialExists.test(bomLine.materialCode())) {
            validation.add(prefix + "materialCode", "no material with code " + bomLine.materialCode());
        }
        return bomLine;
    }

    private static Formula parse(Validation validation, String field, String source) {
        Formula formula = validation.check(() -> BomLine.parseFormula(field, source));
        return formula == null ? UNPARSED : formula;
    }

    /** A missing number is reported here; a harmless stand-in lets the record check the other fields. */
    private static int required(Validation validation, String field, Integer value, int standIn) {
        if (value == null) {
            validation.add(field, "is required");
            return standIn;
        }
        return value;
    }
}
