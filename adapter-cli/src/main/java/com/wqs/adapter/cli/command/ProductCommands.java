package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.ExitCodes;
import com.wqs.adapter.cli.input.KeyValues;
import com.wqs.adapter.cli.output.Formats;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Table;
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
import com.wqs.domain.layout.GlassDeduction;
import com.wqs.domain.layout.Layout;
import com.wqs.domain.layout.LayoutNotation;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "product", description = "Manage the catalogue's products (window models; writes: ADMIN only).")
public final class ProductCommands {
    private static final Map<String, String> BOM_KEYS = Map.ofEntries(
            Map.entry("material", "material"), Map.entry("code", "material"),
            Map.entry("formula", "formula"), Map.entry("qty", "formula"),
            Map.entry("waste", "waste"),
            Map.entry("desc", "description"), Map.entry("description", "description"),
            Map.entry("scope", "scope"),
            Map.entry("pieces", "pieces"), Map.entry("length", "length"), Map.entry("angles", "angles"));
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,6})\\s*-\\s*(\\d{1,6})\\s*");
    private static final Pattern ANGLES = Pattern.compile("\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*/\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*");
    private static final Pattern DEDUCTION = Pattern.compile("\\s*(\\d{1,4})\\s*[xX]\\s*(\\d{1,4})\\s*");
    private final CliContext context;

    public ProductCommands(CliContext context) {
        this.context = context;
    }

    @Command(name = "add", description = "Create a product with its bill of materials.")
    public int add(
            @Option(names = "--code", required = true) String code,
            @Option(names = "--name", required = true) String name,
            @Option(names = "--category", defaultValue = "WINDOW", description = "WINDOW, DOOR or OTHER (default: WINDOW).")
                    ProductCategory category,
            @Option(names = "--type", required = true, description = "FIXED, SLIDING, CASEMENT, AWNING or TILT_TURN.")
                    WindowType type,
            @Option(names = "--width", required = true, paramLabel = "MIN-MAX", description = "Width range in mm, e.g. 800-3000.")
                    String width,
            @Option(names = "--height", required = true, paramLabel = "MIN-MAX", description = "Height range in mm.")
                    String height,
            @Option(names = "--bom", paramLabel = "SPEC", description = {"A BOM line (repeatable): "
                    + "material=PRF-TOP,formula=2*width_m,waste=1.05,desc=Top and bottom rails",
                    "Formulas use width_m, height_m, width_mm, height_mm, area_m2, perimeter_m, quantity, + - * / ( ), "
                    + "pi, e, min, max, ceil, floor, abs, sqrt, pow(x, n), round(x[, decimals]) (README).",
                    "A profile line may give its pieces instead of a formula: pieces=2,length=cell_width_mm - 12,"
                    + "angles=45/45 (count, length in mm, end angles; default 90/90).",
                    "scope=EACH_SASH (or EACH_FIXED_CELL, EACH_CELL, EACH_MULLION, EACH_TRANSOM; default WINDOW) "
                    + "repeats the line per cell or division; cell scopes see cell_width_m, cell_height_m, "
                    + "cell_area_m2, cell_perimeter_m (docs/LAYOUTS.md)."}) List<String> bom,
            @Mixin LayoutOptions layout) {
        List<FieldError> errors = new ArrayList<>();
        int[] widthRange = range("--width", width, errors);
        int[] heightRange = range("--height", height, errors);
        List<BomLineCommand> lines = bomLines(bom == null ? List.of() : bom, errors);
        ProductLayout productLayout = layout.toLayout(errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Product product = context.useCases().catalog().createProduct(context.actor(), new ProductCommand(code, name,
                category, type, widthRange[0], widthRange[1], heightRange[0], heightRange[1], lines, productLayout,
                true));
        Output out = context.output();
        out.result(product, () -> out.line(out.text("cli.product.created", product.code(), product.id())));
        return 0;
    }

    @Command(footer = {"", "Examples:", "  wqs product list", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "list", description = "List products, sorted by code.")
    public int list() {
        List<Product> products = context.useCases().catalog().listProducts(context.actor());
        Output out = context.output();
        out.result(products, () -> {
            Table table = new Table().left("CODE").left("NAME").left("TYPE").right("WIDTH (MM)").right("HEIGHT (MM)")
                    .right("BOM LINES").left("ACTIVE");
            products.forEach(p -> table.row(p.code(), p.name(), p.windowType(), p.minWidthMm() + "-" + p.maxWidthMm(),
                    p.minHeightMm() + "-" + p.maxHeightMm(), p.bom().size(), out.text(p.active() ? "cli.yes" : "cli.no")));
            out.table(table);
        });
        return 0;
    }

    @Command(footer = {"", "Examples:", "  wqs product show SLD-2L", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "show", description = "Show a product and its bill of materials.")
    public int show(@Parameters(paramLabel = "PRODUCT", description = "Code or id.") String ref) {
        Product product = new Lookup(context).product(ref);
        Output out = context.output();
        out.result(product, () -> {
            Formats formats = context.formats();
            new Details(out)
                    .field(out.text("cli.field.code"), product.code())
                    .field(out.text("cli.field.name"), product.name())
                    .field(out.text("cli.field.category"), product.category())
                    .field(out.text("cli.field.type"), product.windowType())
                    .field(out.text("cli.field.width"), out.text("cli.product.range-mm", product.minWidthMm(),
                            product.maxWidthMm()))
                    .field(out.text("cli.field.height"), out.text("cli.product.range-mm", product.minHeightMm(),
                            product.maxHeightMm()))
                    .field(out.text("cli.field.layout"), product.layout().lineMayChange()
                            ? product.layout().effectiveDefault(product.windowType()).notation()
                            : out.text("cli.product.layout-locked",
                                    product.layout().effectiveDefault(product.windowType()).notation()))
                    .field(out.text("cli.field.division-width"), product.layout().divisionWidthMm() + " mm")
                    .field(out.text("cli.field.smallest-cell"), product.layout().minCellMm() + " mm")
                    .field(out.text("cli.field.glass-deduction"), out.text("cli.product.deductions",
                            deduction(product.layout().fixedDeduction()), deduction(product.layout().sashDeduction())))
                    .field(out.text("cli.field.active"), out.text(product.active() ? "cli.yes" : "cli.no"))
                    .field(out.text("cli.field.id"), product.id())
                    .print();
            out.line("");
            Table table = new Table().left("MATERIAL").left("SCOPE").left("FORMULA / PIECES").right("WASTE")
                    .left("DESCRIPTION");
            product.bom().forEach(l -> table.row(l.materialCode(), l.scope(), quantity(l),
                    formats.quantity(l.wasteFactor()), l.description()));
            out.table(table);
        });
        return 0;
    }

    /** A line's formula, or its pieces as {@code 2 x (cell_width_mm - 12) mm, 45/45}. */
    private static String quantity(BomLine line) {
        if (!line.hasPieces()) {
            return line.formula().source();
        }
        BomPieces pieces = line.pieces();
        return pieces.count().source() + " x (" + pieces.lengthMm().source() + ") mm, "
                + pieces.startAngle().stripTrailingZeros().toPlainString() + "/"
                + pieces.endAngle().stripTrailingZeros().toPlainString();
    }

    private static String deduction(GlassDeduction deduction) {
        return deduction.widthMm() + " x " + deduction.heightMm() + " mm";
    }

    private static int[] range(String field, String text, List<FieldError> errors) {
        Matcher match = RANGE.matcher(text);
        if (match.matches()) {
            return new int[] {Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2))};
        }
        errors.add(new FieldError(field, "must be MIN-MAX in whole millimetres, e.g. 800-3000"));
        return new int[] {0, 0};
    }

    private static List<BomLineCommand> bomLines(List<String> specs, List<FieldError> errors) {
        List<BomLineCommand> lines = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            try {
                KeyValues values = KeyValues.parse("bom[" + i + "]", specs.get(i), BOM_KEYS);
                String material = values.requiredText("material");
                PiecesCommand pieces = null;
                String formula = values.text("formula");
                if (values.text("pieces") != null || values.text("length") != null) {
                    pieces = pieces("bom[" + i + "].", values, errors);
                } else {
                    formula = values.requiredText("formula");
                }
                BigDecimal waste = values.decimal("waste", BigDecimal.ONE);
                BomScope scope = scope("bom[" + i + "].scope", values.text("scope"), errors);
                errors.addAll(values.errors());
                lines.add(new BomLineCommand(material, formula, waste, values.text("description"), scope, pieces));
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        return lines;
    }

    /** {@code pieces=COUNT,length=MM-FORMULA[,angles=45/45]}: the end angles in degrees, 90 (square) by default. */
    private static PiecesCommand pieces(String prefix, KeyValues values, List<FieldError> errors) {
        String count = values.requiredText("pieces");
        String length = values.requiredText("length");
        BigDecimal start = null;
        BigDecimal end = null;
        String angles = values.text("angles");
        if (angles != null) {
            Matcher match = ANGLES.matcher(angles);
            if (match.matches()) {
                start = new BigDecimal(match.group(1));
                end = new BigDecimal(match.group(2));
            } else {
                errors.add(new FieldError(prefix + "angles", "must be START/END in degrees, e.g. 45/45 or 90/45"));
            }
        }
        return new PiecesCommand(count, length, start, end);
    }

    private static BomScope scope(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return BomScope.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + Arrays.toString(BomScope.values())));
            return null;
        }
    }

    /** The product's layout: default layout, whether lines may change it, divisions and glass deductions. */
    public static final class LayoutOptions {
        @Option(names = "--layout", paramLabel = "NOTATION", description = {"The default layout, e.g. V[SL,SR] or "
                + "H(1700)[TTL,FIX] (docs/LAYOUTS.md; default: one cell opening as the type)."})
        String layout;

        @Option(names = "--layout-locked", description = "Quote lines may not change the layout.")
        boolean locked;

        @Option(names = "--division-width", paramLabel = "MM", defaultValue = "0",
                description = "Width of a mullion or transom in mm (default: 0).")
        int divisionWidthMm;

        @Option(names = "--min-cell", paramLabel = "MM", defaultValue = "1",
                description = "Smallest cell width or height in mm a window can be made with (default: 1).")
        int minCellMm;

        @Option(names = "--fixed-deduction", paramLabel = "WxH", defaultValue = "0x0",
                description = "mm taken off a fixed cell's width and height for its glass pane, e.g. 20x20.")
        String fixedDeduction;

        @Option(names = "--sash-deduction", paramLabel = "WxH", defaultValue = "0x0",
                description = "mm taken off a sash cell's width and height for its glass pane, e.g. 30x30.")
        String sashDeduction;

        ProductLayout toLayout(List<FieldError> errors) {
            Layout parsed = null;
            if (layout != null && !layout.isBlank()) {
                try {
                    parsed = LayoutNotation.parse(layout, "--layout");
                } catch (ValidationException e) {
                    errors.addAll(e.errors());
                }
            }
            GlassDeduction fixed = deduction("--fixed-deduction", fixedDeduction, errors);
            GlassDeduction sash = deduction("--sash-deduction", sashDeduction, errors);
            return new ProductLayout(parsed, !locked, divisionWidthMm, minCellMm, fixed, sash);
        }

        private static GlassDeduction deduction(String field, String text, List<FieldError> errors) {
            Matcher match = DEDUCTION.matcher(text);
            if (match.matches()) {
                return new GlassDeduction(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)));
            }
            errors.add(new FieldError(field, "must be WIDTHxHEIGHT in whole millimetres, e.g. 30x30"));
            return GlassDeduction.NONE;
        }
    }
}
