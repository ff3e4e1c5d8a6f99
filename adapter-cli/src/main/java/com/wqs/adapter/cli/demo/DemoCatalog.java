package com.wqs.adapter.cli.demo;

import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.port.in.ProductCommand;
import com.wqs.application.port.in.ProductCommand.BomLineCommand;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialUnit;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.WindowType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A small aluminium-window shop's catalogue: 3" sliding and series-35 casement/awning profiles sold
 * in 6 m bars (with white, bronze and black lacquer prices), glass per m², hardware, consumables,
 * five window models with their bills of materials, and labour rates per window type.
 */
final class DemoCatalog {
    static final List<String> COLOURS = List.of("WHITE", "BRONZE", "BLACK");
    static final List<String> GLASSES = List.of("GL-CLR-6", "GL-CLR-4", "GL-BRZ-6", "GL-LAM-6", "GL-TMP-6", "GL-DGU-20");
    private static final BigDecimal BAR_M = new BigDecimal("6.0");

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
                product("SLD-2L", "Sliding window, 2 leaves (3\" line)", WindowType.SLIDING, 800, 3000, 600, 2500,
                        bom("PRF-SL-TOP", "width_m", "1.05", "Top track"),
                        bom("PRF-SL-SILL", "width_m", "1.05", "Bottom sill"),
                        bom("PRF-SL-JAMB", "2 * height_m", "1.05", "Side jambs"),
                        bom("PRF-SL-RAIL", "2 * width_m", "1.05", "Sash heads and bottoms (2 leaves)"),
                        bom("PRF-SL-STILE", "4 * height_m", "1.05", "Sash stiles and interlocks"),
                        bom("PRF-BEAD-3", "2 * width_m + 4 * height_m", "1.10", "Glazing beads, 2 panes"),
                        bom("HW-ROLLER", "4", "1", "2 rollers per leaf"),
                        bom("HW-LOCK", "1", "1", "Sash lock"),
                        bom("CN-PILE", "4 * (width_m / 2 + height_m)", "1.10", "Weather pile around both leaves"),
                        bom("CN-SIL", "0.5", "1", "Half a cartridge"),
                        bom("CN-SCREW", "20", "1", "Assembly screws"),
                        bom("CN-BLOCK", "8", "1", "4 setting blocks per pane")),
                product("SLD-3L", "Sliding window, 3 leaves (3\" line)", WindowType.SLIDING, 1500, 4500, 600, 2500,
                        bom("PRF-SL-TOP", "width_m", "1.05", "Top track"),
                        bom("PRF-SL-SILL", "width_m", "1.05", "Bottom sill"),
                        bom("PRF-SL-JAMB", "2 * height_m", "1.05", "Side jambs"),
                        bom("PRF-SL-RAIL", "2 * width_m", "1.05", "Sash heads and bottoms (3 leaves)"),
                        bom("PRF-SL-STILE", "6 * height_m", "1.05", "Sash stiles and interlocks"),
                        bom("PRF-BEAD-3", "2 * width_m + 6 * height_m", "1.10", "Glazing beads, 3 panes"),
                        bom("HW-ROLLER", "6", "1", "2 rollers per leaf"),
                        bom("HW-LOCK", "2", "1", "Sash locks"),
                        bom("CN-PILE", "6 * (width_m / 3 + height_m)", "1.10", "Weather pile around the leaves"),
                        bom("CN-SIL", "0.75", "1", "Three quarters of a cartridge"),
                        bom("CN-SCREW", "30", "1", "Assembly screws"),
                        bom("CN-BLOCK", "12", "1", "4 setting blocks per pane")),
                product("FIX-1", "Fixed window (3\" line)", WindowType.FIXED, 400, 2500, 400, 2500,
                        bom("PRF-FX-FRAME", "perimeter_m", "1.05", "Perimeter frame"),
                        bom("PRF-BEAD-3", "perimeter_m", "1.10", "Glazing bead"),
                        bom("CN-GASKET", "perimeter_m", "1.05", "Glazing gasket"),
                        bom("CN-SIL", "0.3", "1", "Sealing"),
                        bom("CN-SCREW", "10", "1", "Assembly screws"),
                        bom("CN-BLOCK", "4", "1", "Setting blocks")),
                product("CAS-1", "Casement window, 1 leaf (series 35)", WindowType.CASEMENT, 400, 1200, 500, 1600,
                        bom("PRF-S35-FRAME", "perimeter_m", "1.05", "Outer frame"),
                        bom("PRF-S35-SASH", "perimeter_m", "1.05", "Opening sash"),
                        bom("PRF-BEAD-3", "perimeter_m", "1.10", "Glazing bead"),
                        bom("HW-HINGE", "max(2, ceil(height_m / 0.6))", "1", "Hinges: one per 60 cm, at least 2"),
                        bom("HW-HANDLE", "1", "1", "Handle with espagnolette"),
                        bom("CN-GASKET", "2 * perimeter_m", "1.05", "Frame and glazing gaskets"),
                        bom("CN-SIL", "0.4", "1", "Sealing"),
                        bom("CN-SCREW", "16", "1", "Assembly screws"),
                        bom("CN-BLOCK", "4", "1", "Setting blocks")),
                product("AWN-1", "Awning window (series 35)", WindowType.AWNING, 400, 1200, 400, 1000,
                        bom("PRF-S35-FRAME", "perimeter_m", "1.05", "Outer frame"),
                        bom("PRF-S35-SASH", "perimeter_m", "1.05", "Projecting sash"),
                        bom("PRF-BEAD-3", "perimeter_m", "1.10", "Glazing bead"),
                        bom("HW-STAY", "2", "1", "Friction stays"),
                        bom("HW-CREMONE", "1", "1", "Cremone handle"),
                        bom("CN-GASKET", "2 * perimeter_m", "1.05", "Frame and glazing gaskets"),
                        bom("CN-SIL", "0.4", "1", "Sealing"),
                        bom("CN-SCREW", "15", "1", "Assembly screws"),
                        bom("CN-BLOCK", "4", "1", "Setting blocks")));
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

    private static ProductCommand product(String code, String name, WindowType type, int minWidth, int maxWidth,
            int minHeight, int maxHeight, BomLineCommand... bom) {
        return new ProductCommand(code, name, ProductCategory.WINDOW, type, minWidth, maxWidth, minHeight, maxHeight,
                List.of(bom), true);
    }

    private static BomLineCommand bom(String material, String formula, String waste, String description) {
        return new BomLineCommand(material, formula, new BigDecimal(waste), description);
    }
}
