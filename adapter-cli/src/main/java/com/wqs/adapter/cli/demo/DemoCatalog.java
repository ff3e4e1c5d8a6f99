package com.wqs.adapter.cli.demo;

import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.port.in.ProductCommand;
import com.wqs.application.port.in.ProductCommand.BomLineCommand;
import com.wqs.application.port.in.ProductCommand.PiecesCommand;
import com.wqs.domain.catalog.BomScope;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialUnit;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.ProductLayout;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.layout.GlassDeduction;
import com.wqs.domain.layout.LayoutNotation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A small aluminium-window shop's catalogue: 3" sliding, series-35 casement/tilt-turn/awning and series-45
 * door profiles sold in 6 m bars (with white, bronze and black lacquer prices), glass per m², hardware,
 * consumables, eight models with their layouts (two- and three-leaf sliders, casement with a fixed
 * sidelight, tilt-turn with a transom light, a French door), glass deductions and bills of materials
 * scoped per sash, cell, mullion and transom, and labour rates per window type.
 */
final class DemoCatalog {
    static final List<String> COLOURS = List.of("WHITE", "BRONZE", "BLACK");
    static final List<String> GLASSES = List.of("GL-CLR-6", "GL-CLR-4", "GL-BRZ-6", "GL-LAM-6", "GL-TMP-6", "GL-DGU-20");
    private static final BigDecimal BAR_M = new BigDecimal("6.0");
    private static final String NO_DEDUCTION = "0x0";
    private static final BigDecimal SQUARE = BigDecimal.valueOf(90);
    private static final BigDecimal MITRE = BigDecimal.valueOf(45);

    private DemoCatalog() {
    }

    static List<MaterialCommand> materials() {
        return List.of(
                profile("PRF-SL-TOP", "Sliding 3\" top track", "50.00"),
                profile("PRF-SL-SILL", "Sliding 3\" bottom sill", "55.00"),
                profile("PRF-SL-JAMB", "Sliding 3\" side jamb", "48.00"),
                profile("PRF-SL-RAIL", "Sliding 3\" sash rail (head and bottom)", "52.00"),
                profile("PRF-SL-STILE", "Sliding 3\" sash stile / interlock", "60.00"),
                profile("PRF-FX-FRAME", "Fixed 3\" stepped perimeter frame", "78.90"),
                profile("PRF-BEAD-3", "Glazing bead 3\"", "28.90"),
                profile("PRF-S35-FRAME", "Series 35 outer frame", "65.00"),
                profile("PRF-S35-SASH", "Series 35 opening sash", "70.00"),
                profile("PRF-S35-MULL", "Series 35 mullion / transom (70 mm)", "68.00"),
                profile("PRF-DR-FRAME", "Series 45 door frame", "88.00"),
                profile("PRF-DR-LEAF", "Series 45 door leaf", "95.00"),
                glass("GL-CLR-4", "Clear float glass 4 mm", "85.00"),
                glass("GL-CLR-6", "Clear float glass 6 mm", "120.00"),
                glass("GL-BRZ-6", "Bronze tinted glass 6 mm", "135.00"),
                glass("GL-TMP-6", "Tempered safety glass 6 mm", "195.00"),
                glass("GL-LAM-6", "Laminated safety glass 3+3 mm", "220.00"),
                glass("GL-DGU-20", "Double glazing unit 4-12-4 mm", "340.00"),
                piece("HW-ROLLER", "Double-line roller 3\"", MaterialCategory.HARDWARE, "15.00"),
                piece("HW-LOCK", "Sliding sash lock", MaterialCategory.HARDWARE, "38.00"),
                piece("HW-HINGE", "Casement hinge", MaterialCategory.HARDWARE, "27.50"),
                piece("HW-HANDLE", "Casement handle with espagnolette", MaterialCategory.HARDWARE, "85.00"),
                piece("HW-STAY", "Awning friction stay 10\"", MaterialCategory.HARDWARE, "70.00"),
                piece("HW-CREMONE", "Awning cremone handle", MaterialCategory.HARDWARE, "45.00"),
                piece("HW-DR-HINGE", "Door hinge, 3D adjustable", MaterialCategory.HARDWARE, "45.00"),
                piece("HW-DR-LOCK", "Multipoint door lock with handles", MaterialCategory.HARDWARE, "320.00"),
                piece("HW-BOLT", "Flush bolt pair, passive leaf", MaterialCategory.HARDWARE, "35.00"),
                new MaterialCommand("CN-PILE", "Weather pile 1/2\"", MaterialCategory.CONSUMABLE, MaterialUnit.M,
                        new BigDecimal("2.50"), null, true, Map.of()),
                new MaterialCommand("CN-GASKET", "EPDM glazing gasket", MaterialCategory.CONSUMABLE, MaterialUnit.M,
                        new BigDecimal("6.50"), null, true, Map.of()),
                new MaterialCommand("CN-SIL", "Neutral-cure silicone", MaterialCategory.CONSUMABLE,
                        MaterialUnit.CARTRIDGE, new BigDecimal("80.00"), null, true, Map.of()),
                piece("CN-SCREW", "Self-tapping screw #8 x 1\"", MaterialCategory.CONSUMABLE, "0.50"),
                piece("CN-BLOCK", "Rubber glazing setting block", MaterialCategory.CONSUMABLE, "0.80"));
    }

    static List<ProductCommand> products() {
        return List.of(
                // Sliders: every leaf has its own sash frame (EACH_CELL), rollers only on the leaves that slide.
                product("SLD-2L", "Sliding window, 2 leaves (3\" line)", ProductCategory.WINDOW, WindowType.SLIDING,
                        800, 3000, 600, 2500,
                        layout("V[SL,SR]", false, 0, 300, NO_DEDUCTION, "70x100"), sliderBom(1)),
                product("SLD-3L", "Sliding window, 3 leaves XOX (3\" line)", ProductCategory.WINDOW,
                        WindowType.SLIDING, 1500, 4500, 600, 2500,
                        layout("V[SR,FIX,SL]", false, 0, 400, "70x100", "70x100"), sliderBom(2)),
                product("FIX-1", "Fixed window (3\" line)", ProductCategory.WINDOW, WindowType.FIXED, 400, 2500, 400,
                        2500, layout(null, true, 0, 200, "50x50", NO_DEDUCTION),
                        cut("PRF-FX-FRAME", "2", "width_mm", MITRE, "frame head/sill", BomScope.WINDOW),
                        cut("PRF-FX-FRAME", "2", "height_mm", MITRE, "frame jamb", BomScope.WINDOW),
                        cut("PRF-BEAD-3", "2", "width_mm - 100", MITRE, "bead across", BomScope.WINDOW),
                        cut("PRF-BEAD-3", "2", "height_mm - 100", MITRE, "bead upright", BomScope.WINDOW),
                        bom("CN-GASKET", "perimeter_m", "1.05", "Glazing gasket"),
                        bom("CN-SIL", "0.3", "1", "Sealing"),
                        bom("CN-SCREW", "10", "1", "Assembly screws"),
                        bom("CN-BLOCK", "4", "1", "Setting blocks")),
                product("CAS-1", "Casement window, 1 leaf (series 35)", ProductCategory.WINDOW, WindowType.CASEMENT,
                        400, 1200, 500, 1600, layout(null, true, 0, 300, "40x40", "100x100"), series35Bom()),
                product("CAS-SL", "Casement with fixed sidelight (series 35)", ProductCategory.WINDOW,
                        WindowType.CASEMENT, 900, 2400, 500, 1800, layout("V[FIX,CL]", true, 70, 300, "40x40",
                                "100x100"), series35Bom()),
                product("TT-T", "Tilt-turn window with transom light (series 35)", ProductCategory.WINDOW,
                        WindowType.TILT_TURN, 600, 1400, 1500, 2400,
                        layout("H(1200)[TTL,FIX]", true, 70, 250, "40x40", "100x100"), series35Bom()),
                product("AWN-1", "Awning window (series 35)", ProductCategory.WINDOW, WindowType.AWNING, 400, 1200, 400,
                        1000, layout(null, true, 0, 300, "40x40", "100x100"),
                        cut("PRF-S35-FRAME", "2", "width_mm", MITRE, "frame head/sill", BomScope.WINDOW),
                        cut("PRF-S35-FRAME", "2", "height_mm", MITRE, "frame jamb", BomScope.WINDOW),
                        cut("PRF-S35-SASH", "2", "cell_width_mm - 8", MITRE, "sash top/bottom", BomScope.EACH_SASH),
                        cut("PRF-S35-SASH", "2", "cell_height_mm - 8", MITRE, "sash side", BomScope.EACH_SASH),
                        cut("PRF-BEAD-3", "2", "cell_width_mm - 90", MITRE, "bead across", BomScope.EACH_CELL),
                        cut("PRF-BEAD-3", "2", "cell_height_mm - 90", MITRE, "bead upright", BomScope.EACH_CELL),
                        bom("HW-STAY", "2", "1", "Friction stays"),
                        bom("HW-CREMONE", "1", "1", "Cremone handle"),
                        bom("CN-GASKET", "2 * perimeter_m", "1.05", "Frame and glazing gaskets"),
                        bom("CN-SIL", "0.4", "1", "Sealing"),
                        bom("CN-SCREW", "15", "1", "Assembly screws"),
                        bom("CN-BLOCK", "4", "1", "Setting blocks")),
                product("FRD-2", "French door, 2 leaves (series 45)", ProductCategory.DOOR, WindowType.CASEMENT, 1200,
                        2000, 1900, 2500, layout("V[DL,DR]", true, 0, 500, "60x60", "180x260"),
                        cut("PRF-DR-FRAME", "1", "width_mm", MITRE, "frame head", BomScope.WINDOW),
                        cut("PRF-DR-FRAME", "2", "height_mm", MITRE, "frame jamb", BomScope.WINDOW),
                        cut("PRF-DR-LEAF", "2", "cell_width_mm - 10", MITRE, "leaf rail", BomScope.EACH_SASH),
                        cut("PRF-DR-LEAF", "2", "cell_height_mm - 10", MITRE, "leaf stile", BomScope.EACH_SASH),
                        cut("PRF-BEAD-3", "2", "cell_width_mm - 180", MITRE, "bead across", BomScope.EACH_CELL),
                        cut("PRF-BEAD-3", "2", "cell_height_mm - 260", MITRE, "bead upright", BomScope.EACH_CELL),
                        bom("HW-DR-HINGE", "3", "1", "3 hinges per leaf", BomScope.EACH_SASH),
                        bom("HW-DR-LOCK", "1", "1", "Multipoint lock, active leaf"),
                        bom("HW-BOLT", "1", "1", "Flush bolts, passive leaf"),
                        bom("CN-GASKET", "2 * cell_perimeter_m", "1.05", "Leaf and glazing gaskets",
                                BomScope.EACH_CELL),
                        bom("CN-SIL", "0.8", "1", "Sealing"),
                        bom("CN-SCREW", "40", "1", "Assembly screws"),
                        bom("CN-BLOCK", "4", "1", "Setting blocks per pane", BomScope.EACH_CELL)));
    }

    /** The 3" sliding line: frame over the window, a sash frame per leaf, rollers per sliding leaf. */
    private static BomLineCommand[] sliderBom(int locks) {
        return new BomLineCommand[] {
                cut("PRF-SL-TOP", "1", "width_mm", SQUARE, "top track", BomScope.WINDOW),
                cut("PRF-SL-SILL", "1", "width_mm", SQUARE, "sill", BomScope.WINDOW),
                cut("PRF-SL-JAMB", "2", "height_mm - 25", SQUARE, "jamb", BomScope.WINDOW),
                cut("PRF-SL-RAIL", "2", "cell_width_mm + 12", SQUARE, "sash rail", BomScope.EACH_CELL),
                cut("PRF-SL-STILE", "2", "cell_height_mm - 45", SQUARE, "sash stile", BomScope.EACH_CELL),
                cut("PRF-BEAD-3", "2", "cell_width_mm - 60", MITRE, "bead across", BomScope.EACH_CELL),
                cut("PRF-BEAD-3", "2", "cell_height_mm - 90", MITRE, "bead upright", BomScope.EACH_CELL),
                bom("HW-ROLLER", "2", "1", "2 rollers per sliding leaf", BomScope.EACH_SASH),
                bom("HW-LOCK", String.valueOf(locks), "1", "Sash locks"),
                bom("CN-PILE", "cell_perimeter_m", "1.10", "Weather pile around the leaf", BomScope.EACH_SASH),
                bom("CN-SIL", "0.25 * cells", "1", "A quarter cartridge per leaf"),
                bom("CN-SCREW", "10 * cells", "1", "Assembly screws"),
                bom("CN-BLOCK", "4", "1", "4 setting blocks per pane", BomScope.EACH_CELL)};
    }

    /** Series 35 casement / tilt-turn: outer frame, mullions and transoms, a sash per opening cell. */
    private static BomLineCommand[] series35Bom() {
        return new BomLineCommand[] {
                cut("PRF-S35-FRAME", "2", "width_mm", MITRE, "frame head/sill", BomScope.WINDOW),
                cut("PRF-S35-FRAME", "2", "height_mm", MITRE, "frame jamb", BomScope.WINDOW),
                cut("PRF-S35-MULL", "1", "division_length_mm", SQUARE, "mullion", BomScope.EACH_MULLION),
                cut("PRF-S35-MULL", "1", "division_length_mm", SQUARE, "transom", BomScope.EACH_TRANSOM),
                cut("PRF-S35-SASH", "2", "cell_width_mm - 8", MITRE, "sash top/bottom", BomScope.EACH_SASH),
                cut("PRF-S35-SASH", "2", "cell_height_mm - 8", MITRE, "sash side", BomScope.EACH_SASH),
                cut("PRF-BEAD-3", "2", "cell_width_mm - 90", MITRE, "bead across", BomScope.EACH_CELL),
                cut("PRF-BEAD-3", "2", "cell_height_mm - 90", MITRE, "bead upright", BomScope.EACH_CELL),
                bom("HW-HINGE", "max(2, ceil(cell_height_m / 0.6))", "1", "Hinges: one per 60 cm, at least 2",
                        BomScope.EACH_SASH),
                bom("HW-HANDLE", "1", "1", "Handle with espagnolette (tilt-turn gear on TT sashes)",
                        BomScope.EACH_SASH),
                bom("CN-GASKET", "2 * cell_perimeter_m", "1.05", "Frame and glazing gaskets", BomScope.EACH_CELL),
                bom("CN-SIL", "0.4", "1", "Sealing"),
                bom("CN-SCREW", "16", "1", "Assembly screws"),
                bom("CN-BLOCK", "4", "1", "Setting blocks per pane", BomScope.EACH_CELL)};
    }

    static List<LaborRate> laborRates() {
        return List.of(
                new LaborRate(WindowType.FIXED, new BigDecimal("45.00"), new BigDecimal("1.0")),
                new LaborRate(WindowType.SLIDING, new BigDecimal("65.00"), new BigDecimal("1.2")),
                new LaborRate(WindowType.CASEMENT, new BigDecimal("75.00"), new BigDecimal("1.4")),
                new LaborRate(WindowType.AWNING, new BigDecimal("70.00"), new BigDecimal("1.3")),
                new LaborRate(WindowType.TILT_TURN, new BigDecimal("95.00"), new BigDecimal("1.6")));
    }

    /** A 6 m bar profile; lacquered colours cost more than the mill finish: white +10 %, bronze +15 %, black +22 %. */
    private static MaterialCommand profile(String code, String name, String cost) {
        BigDecimal base = new BigDecimal(cost);
        Map<String, BigDecimal> colours = Map.of(
                "WHITE", surcharge(base, "1.10"),
                "BRONZE", surcharge(base, "1.15"),
                "BLACK", surcharge(base, "1.22"));
        return new MaterialCommand(code, name, MaterialCategory.PROFILE, MaterialUnit.M, base, BAR_M, true, colours);
    }

    private static BigDecimal surcharge(BigDecimal base, String factor) {
        return base.multiply(new BigDecimal(factor)).setScale(2, RoundingMode.HALF_UP);
    }

    private static MaterialCommand glass(String code, String name, String costPerM2) {
        return new MaterialCommand(code, name, MaterialCategory.GLASS, MaterialUnit.M2, new BigDecimal(costPerM2), null,
                true, Map.of());
    }

    private static MaterialCommand piece(String code, String name, MaterialCategory category, String cost) {
        return new MaterialCommand(code, name, category, MaterialUnit.PIECE, new BigDecimal(cost), null, true, Map.of());
    }

    private static ProductCommand product(String code, String name, ProductCategory category, WindowType type,
            int minWidth, int maxWidth, int minHeight, int maxHeight, ProductLayout layout, BomLineCommand... bom) {
        return new ProductCommand(code, name, category, type, minWidth, maxWidth, minHeight, maxHeight, List.of(bom),
                layout, true);
    }

    /** A layout in the notation (null: one cell), glass deductions as "WIDTHxHEIGHT" mm for fixed cells and sashes. */
    private static ProductLayout layout(String notation, boolean lineMayChange, int divisionWidthMm, int minCellMm,
            String fixedDeduction, String sashDeduction) {
        return new ProductLayout(notation == null ? null : LayoutNotation.parse(notation, "layout"), lineMayChange,
                divisionWidthMm, minCellMm, deduction(fixedDeduction), deduction(sashDeduction));
    }

    private static GlassDeduction deduction(String widthByHeight) {
        String[] mm = widthByHeight.split("x");
        return new GlassDeduction(Integer.parseInt(mm[0]), Integer.parseInt(mm[1]));
    }

    /** Pieces of profile: count and length (mm) formulas, both ends cut at {@code angle}, 5 % waste. */
    private static BomLineCommand cut(String material, String count, String lengthMm, BigDecimal angle,
            String description, BomScope scope) {
        return new BomLineCommand(material, null, new BigDecimal("1.05"), description, scope,
                new PiecesCommand(count, lengthMm, angle, angle));
    }

    private static BomLineCommand bom(String material, String formula, String waste, String description) {
        return bom(material, formula, waste, description, BomScope.WINDOW);
    }

    private static BomLineCommand bom(String material, String formula, String waste, String description,
            BomScope scope) {
        return new BomLineCommand(material, formula, new BigDecimal(waste), description, scope);
    }
}
