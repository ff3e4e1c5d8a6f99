package com.wqs.adapter.web.api.csv;

import com.wqs.application.port.in.ProductCommand;
import com.wqs.application.port.in.ProductCommand.BomLineCommand;
import com.wqs.application.port.in.ProductCommand.PiecesCommand;
import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.BomPieces;
import com.wqs.domain.catalog.BomScope;
import com.wqs.domain.catalog.Formula;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.catalog.ProductLayout;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.layout.GlassDeduction;
import com.wqs.domain.layout.Layout;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Products as CSV, one row per bill-of-materials line:
 * {@code code,name,category,windowType,minWidthMm,maxWidthMm,minHeightMm,maxHeightMm,active,
 * bomMaterialCode,bomFormula,bomWasteFactor,bomDescription,layout,layoutLocked,divisionWidthMm,minCellMm,
 * fixedDeductionWidthMm,fixedDeductionHeightMm,sashDeductionWidthMm,sashDeductionHeightMm,bomScope,
 * bomPieceCount,bomPieceLengthMm,bomStartAngle,bomEndAngle}.
 * Rows with the same {@code code} form one product; its own columns are repeated on each of its rows (or
 * left empty after the first) and must agree. A product without BOM lines is one row with empty
 * {@code bom*} columns. {@code layout} is the default layout's notation ({@code V(600)[FIX,CR]}; empty: one
 * cell), {@code layoutLocked} true when quote lines may not change it; empty layout columns (or a file
 * without them) mean no layout of its own, as before layouts existed. {@code bomScope} is the BOM line's
 * scope (empty: WINDOW). A profile line may give its pieces instead of {@code bomFormula} (then empty):
 * {@code bomPieceCount} and {@code bomPieceLengthMm} formulas and the saw angles {@code bomStartAngle},
 * {@code bomEndAngle} in degrees (empty: 90); a file without these columns has no pieces lines. An export
 * imports back unchanged.
 */
public final class ProductCsv {
    static final List<String> PRODUCT_COLUMNS = List.of("code", "name", "category", "windowType", "minWidthMm",
            "maxWidthMm", "minHeightMm", "maxHeightMm");
    static final List<String> LAYOUT_COLUMNS = List.of("layout", "layoutLocked", "divisionWidthMm", "minCellMm",
            "fixedDeductionWidthMm", "fixedDeductionHeightMm", "sashDeductionWidthMm", "sashDeductionHeightMm");
    static final List<String> PIECE_COLUMNS = List.of("bomPieceCount", "bomPieceLengthMm", "bomStartAngle",
            "bomEndAngle");
    static final List<String> OPTIONAL = concatNames(List.of("active", "bomMaterialCode", "bomFormula",
            "bomWasteFactor", "bomDescription"), LAYOUT_COLUMNS, List.of("bomScope"), PIECE_COLUMNS);
    /** Fields of the domain's product layout → the file's columns. */
    private static final Map<String, String> LAYOUT_FIELD_COLUMNS = Map.of(
            "layout.divisionWidthMm", "divisionWidthMm",
            "layout.minCellMm", "minCellMm",
            "layout.fixedDeduction.widthMm", "fixedDeductionWidthMm",
            "layout.fixedDeduction.heightMm", "fixedDeductionHeightMm",
            "layout.sashDeduction.widthMm", "sashDeductionWidthMm",
            "layout.sashDeduction.heightMm", "sashDeductionHeightMm");
    /** Fields of a BOM line's pieces → the file's columns. */
    private static final Map<String, String> PIECE_FIELD_COLUMNS = Map.of(
            "pieces.count", "bomPieceCount",
            "pieces.lengthMm", "bomPieceLengthMm",
            "pieces.startAngle", "bomStartAngle",
            "pieces.endAngle", "bomEndAngle");
    private static final Pattern BOM_FIELD = Pattern.compile("rows\\[(\\d+)]\\.bom\\[(\\d+)]\\.(\\w+)(.*)");
    private static final Pattern PRODUCT_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(.*)");

    private ProductCsv() {
    }

    public static String export(List<Product> products) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CsvTable.FORMAT)) {
            List<String> header = new ArrayList<>(PRODUCT_COLUMNS);
            header.addAll(OPTIONAL);
            printer.printRecord(header);
            for (Product p : products) {
                List<Object> product = List.of(CsvText.exported(p.code()), CsvText.exported(p.name()),
                        p.category().name(), p.windowType().name(),
                        p.minWidthMm(), p.maxWidthMm(), p.minHeightMm(), p.maxHeightMm(), Boolean.toString(p.active()));
                ProductLayout l = p.layout();
                List<Object> layout = List.of(CsvText.exported(l.defaultLayout() == null ? null
                        : l.defaultLayout().notation()),
                        Boolean.toString(!l.lineMayChange()), l.divisionWidthMm(), l.minCellMm(),
                        l.fixedDeduction().widthMm(), l.fixedDeduction().heightMm(), l.sashDeduction().widthMm(),
                        l.sashDeduction().heightMm());
                if (p.bom().isEmpty()) {
                    printer.printRecord(concat(concat(product, List.of("", "", "", "")),
                            concat(layout, List.of("", "", "", "", ""))));
                }
                for (BomLine line : p.bom()) {
                    printer.printRecord(concat(concat(product, List.of(CsvText.exported(line.materialCode()),
                            CsvText.exported(line.formula() == null ? null : line.formula().source()),
                            line.wasteFactor().toPlainString(), CsvText.exported(line.description()))), concat(layout, concat(List.of(line.scope().name()), pieces(line)))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The piece columns of a line: empty for a line with a formula. */
    private static List<Object> pieces(BomLine line) {
        BomPieces pieces = line.pieces();
        if (pieces == null) {
            return List.of("", "", "", "");
        }
        return List.of(CsvText.exported(pieces.count().source()), CsvText.exported(pieces.lengthMm().source()),
                pieces.startAngle().toPlainString(),
                pieces.endAngle().toPlainString());
    }

    /**
     * The products of an upload, in order of first appearance.
     *
     * @throws ValidationException naming every bad cell as {@code rows[N].column} (N = row of the file)
     */
    public static ImportRows<ProductCommand> parse(byte[] body) {
        CsvTable table = CsvTable.parse(body, PRODUCT_COLUMNS, OPTIONAL);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (CSVRecord row : table.rows()) {
            String code = table.cell(row, "code");
            if (code == null) {
                errors.add(new FieldError(CsvTable.rowField(row, "code"), "is required"));
                continue;
            }
            Group group = groups.computeIfAbsent(code.toUpperCase(Locale.ROOT), c -> new Group(code));
            int errorsBefore = errors.size();
            CsvCells cells = new CsvCells(errors);
            Header header = readHeader(table, row, cells);
            if (group.header == null) {
                group.header = header;
                group.firstRow = row.getRecordNumber();
            } else {
                checkAgrees(table, row, group, errors);
            }
            PiecesCommand pieces = readPieces(table, row, cells);
            if (table.cell(row, "bomMaterialCode") != null || table.cell(row, "bomFormula") != null || pieces != null) {
                group.bom.add(new BomLineCommand(table.cell(row, "bomMaterialCode"), table.cell(row, "bomFormula"),
                        cells.decimal(CsvTable.rowField(row, "bomWasteFactor"), table.cell(row, "bomWasteFactor")),
                        table.cell(row, "bomDescription"),
                        cells.enumValue(CsvTable.rowField(row, "bomScope"), table.cell(row, "bomScope"), BomScope.class),
                        pieces));
                group.bomRows.add(row.getRecordNumber());
            }
            group.readCleanly &= errors.size() == errorsBefore;
        }
        List<Group> products = List.copyOf(groups.values());
        List<ProductCommand> commands = products.stream().map(Group::command).toList();
        ImportRows<ProductCommand> rows = new ImportRows<>(commands, errors, field -> toFileField(field, products));
        if (errors.isEmpty()) {
            return rows;
        }
        // The upload is refused anyway: say at once what else is wrong with the products that did read.
        List<FieldError> all = new ArrayList<>(errors);
        for (int i = 0; i < commands.size(); i++) {
            if (products.get(i).readCleanly) {
                domainErrors(commands.get(i), "rows[" + i + "].").forEach(e ->
                        all.add(new FieldError(toFileField(e.field(), products), e.message())));
            }
        }
        return new ImportRows<>(commands, all, rows.toFileField());
    }

    /** Null when the row gives none of the piece columns: the line has a formula (or the row no line). */
    private static PiecesCommand readPieces(CsvTable table, CSVRecord row, CsvCells cells) {
        if (PIECE_COLUMNS.stream().allMatch(column -> table.cell(row, column) == null)) {
            return null;
        }
        return new PiecesCommand(table.cell(row, "bomPieceCount"), table.cell(row, "bomPieceLengthMm"),
                cells.decimal(CsvTable.rowField(row, "bomStartAngle"), table.cell(row, "bomStartAngle")),
                cells.decimal(CsvTable.rowField(row, "bomEndAngle"), table.cell(row, "bomEndAngle")));
    }

    private static Header readHeader(CsvTable table, CSVRecord row, CsvCells cells) {
        return new Header(table.cell(row, "name"),
                cells.enumValue(CsvTable.rowField(row, "category"), table.cell(row, "category"), ProductCategory.class),
                cells.enumValue(CsvTable.rowField(row, "windowType"), table.cell(row, "windowType"), WindowType.class),
                cells.integer(CsvTable.rowField(row, "minWidthMm"), table.cell(row, "minWidthMm")),
                cells.integer(CsvTable.rowField(row, "maxWidthMm"), table.cell(row, "maxWidthMm")),
                cells.integer(CsvTable.rowField(row, "minHeightMm"), table.cell(row, "minHeightMm")),
                cells.integer(CsvTable.rowField(row, "maxHeightMm"), table.cell(row, "maxHeightMm")),
                cells.bool(CsvTable.rowField(row, "active"), table.cell(row, "active")),
                QuoteCsv.layout(cells, CsvTable.rowField(row, "layout"), table.cell(row, "layout")),
                cells.bool(CsvTable.rowField(row, "layoutLocked"), table.cell(row, "layoutLocked")),
                cells.integer(CsvTable.rowField(row, "divisionWidthMm"), table.cell(row, "divisionWidthMm")),
                cells.integer(CsvTable.rowField(row, "minCellMm"), table.cell(row, "minCellMm")),
                cells.integer(CsvTable.rowField(row, "fixedDeductionWidthMm"), table.cell(row, "fixedDeductionWidthMm")),
                cells.integer(CsvTable.rowField(row, "fixedDeductionHeightMm"),
                        table.cell(row, "fixedDeductionHeightMm")),
                cells.integer(CsvTable.rowField(row, "sashDeductionWidthMm"), table.cell(row, "sashDeductionWidthMm")),
                cells.integer(CsvTable.rowField(row, "sashDeductionHeightMm"),
                        table.cell(row, "sashDeductionHeightMm")));
    }

    /** A later row of a product may leave the product's columns empty, but must not contradict the first. */
    private static void checkAgrees(CsvTable table, CSVRecord row, Group group, List<FieldError> errors) {
        List<String> columns = new ArrayList<>(PRODUCT_COLUMNS.subList(1, PRODUCT_COLUMNS.size()));
        columns.add("active");
        columns.addAll(LAYOUT_COLUMNS);
        for (String column : columns) {
            String value = table.cell(row, column);
            String first = group.header.text(column);
            if (value != null && first != null && !value.equalsIgnoreCase(first)) {
                errors.add(new FieldError(CsvTable.rowField(row, column),
                        "differs from row " + group.firstRow + " of the same product ('" + first + "')"));
            }
        }
    }

    private static List<FieldError> domainErrors(ProductCommand c, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        List<BomLine> bom = new ArrayList<>();
        for (int j = 0; j < c.bom().size(); j++) {
            BomLineCommand line = c.bom().get(j);
            try {
                bom.add(bomLine(line));
            } catch (ValidationException e) {
                errors.addAll(e.prefixed(prefix + "bom[" + j + "].").errors());
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        try {
            new Product(ProductId.newId(), c.code(), c.name(), c.category(), c.windowType(), orZero(c.minWidthMm()),
                    orZero(c.maxWidthMm()), orZero(c.minHeightMm()), orZero(c.maxHeightMm()), bom, c.layout(),
                    c.active() == null || c.active(), 0);
        } catch (ValidationException e) {
            errors.addAll(e.prefixed(prefix).errors().stream().filter(err -> !err.field().equals(prefix + "id"))
                    .toList());
        }
        return errors;
    }

    /** The line as the domain has it, to check it; the first formula that does not parse is thrown. */
    private static BomLine bomLine(BomLineCommand line) {
        if (line.pieces() == null) {
            return new BomLine(line.materialCode(), BomLine.parseFormula("formula", line.formula()),
                    line.wasteFactor(), line.description(), line.scope());
        }
        PiecesCommand pieces = line.pieces();
        Formula formula = line.formula() == null ? null : BomLine.parseFormula("formula", line.formula());
        return new BomLine(line.materialCode(), formula, line.wasteFactor(), line.description(), line.scope(),
                new BomPieces(BomLine.parseFormula("pieces.count", pieces.count()),
                        BomLine.parseFormula("pieces.lengthMm", pieces.lengthMm()), pieces.startAngle(),
                        pieces.endAngle()));
    }

    /**
     * {@code rows[i].bom[j].formula} → {@code rows[N].bomFormula}, {@code rows[i].bom[j].pieces.count} →
     * {@code rows[N].bomPieceCount}; {@code rows[i].name} → the product's first row.
     */
    private static String toFileField(String field, List<Group> products) {
        Matcher bom = BOM_FIELD.matcher(field);
        if (bom.matches()) {
            int product = Integer.parseInt(bom.group(1));
            int line = Integer.parseInt(bom.group(2));
            if (product < products.size() && line < products.get(product).bomRows.size()) {
                String row = "rows[" + products.get(product).bomRows.get(line) + "].";
                String pieceColumn = PIECE_FIELD_COLUMNS.get(bom.group(3) + bom.group(4));
                if (pieceColumn != null) {
                    return row + pieceColumn;
                }
                String column = "bom" + Character.toUpperCase(bom.group(3).charAt(0)) + bom.group(3).substring(1);
                return row + column + bom.group(4);
            }
            return field;
        }
        Matcher product = PRODUCT_FIELD.matcher(field);
        if (product.matches()) {
            int index = Integer.parseInt(product.group(1));
            if (index < products.size()) {
                return "rows[" + products.get(index).firstRow + "]." + column(product.group(2));
            }
        }
        return field;
    }

    /** A product field of the domain as the column that holds it ({@code layout.defaultLayout.x} → {@code layout.x}). */
    private static String column(String field) {
        if (field.startsWith("layout.defaultLayout")) {
            return "layout" + field.substring("layout.defaultLayout".length());
        }
        return LAYOUT_FIELD_COLUMNS.getOrDefault(field, field);
    }

    @SafeVarargs
    private static List<String> concatNames(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static List<Object> concat(List<Object> a, List<Object> b) {
        List<Object> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private record Header(String name, ProductCategory category, WindowType windowType, Integer minWidthMm,
            Integer maxWidthMm, Integer minHeightMm, Integer maxHeightMm, Boolean active, Layout layout,
            Boolean layoutLocked, Integer divisionWidthMm, Integer minCellMm, Integer fixedDeductionWidthMm,
            Integer fixedDeductionHeightMm, Integer sashDeductionWidthMm, Integer sashDeductionHeightMm) {

        /** Null when the row gives none of the layout columns: the product has no layout of its own. */
        ProductLayout productLayout() {
            if (layout == null && layoutLocked == null && divisionWidthMm == null && minCellMm == null
                    && fixedDeductionWidthMm == null && fixedDeductionHeightMm == null && sashDeductionWidthMm == null
                    && sashDeductionHeightMm == null) {
                return null;
            }
            ProductLayout none = ProductLayout.NONE;
            return new ProductLayout(layout, layoutLocked == null ? none.lineMayChange() : !layoutLocked,
                    divisionWidthMm == null ? none.divisionWidthMm() : divisionWidthMm,
                    minCellMm == null ? none.minCellMm() : minCellMm,
                    new GlassDeduction(orZero(fixedDeductionWidthMm), orZero(fixedDeductionHeightMm)),
                    new GlassDeduction(orZero(sashDeductionWidthMm), orZero(sashDeductionHeightMm)));
        }

        String text(String column) {
            Object value = switch (column) {
                case "name" -> name;
                case "category" -> category;
                case "windowType" -> windowType;
                case "minWidthMm" -> minWidthMm;
                case "maxWidthMm" -> maxWidthMm;
                case "minHeightMm" -> minHeightMm;
                case "maxHeightMm" -> maxHeightMm;
                case "active" -> active;
                case "layout" -> layout == null ? null : layout.notation();
                case "layoutLocked" -> layoutLocked;
                case "divisionWidthMm" -> divisionWidthMm;
                case "minCellMm" -> minCellMm;
                case "fixedDeductionWidthMm" -> fixedDeductionWidthMm;
                case "fixedDeductionHeightMm" -> fixedDeductionHeightMm;
                case "sashDeductionWidthMm" -> sashDeductionWidthMm;
                case "sashDeductionHeightMm" -> sashDeductionHeightMm;
                default -> null;
            };
            return Objects.toString(value, null);
        }
    }

    private static final class Group {
        private Header header;
        private long firstRow;
        private final List<BomLineCommand> bom = new ArrayList<>();
        private final List<Long> bomRows = new ArrayList<>();
        private final String code;
        private boolean readCleanly = true;

        Group(String code) {
            this.code = code;
        }

        ProductCommand command() {
            return new ProductCommand(code, header.name(), header.category(), header.windowType(),
                    header.minWidthMm(), header.maxWidthMm(), header.minHeightMm(), header.maxHeightMm(), bom,
                    header.productLayout(), header.active());
        }
    }
}
