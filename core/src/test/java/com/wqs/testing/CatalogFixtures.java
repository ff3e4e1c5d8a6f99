package com.wqs.testing;

import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.BomScope;
import com.wqs.domain.catalog.ProductLayout;
import com.wqs.domain.layout.GlassDeduction;
import com.wqs.domain.layout.LayoutNotation;
import com.wqs.domain.catalog.Formula;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.MaterialUnit;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.pricing.PricingCatalog;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.Rate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of PRODUCT.md §2's worked example, plus a fixed window, a second glass and the
 * materials that fixed window uses. Shared by every module's tests: keep the values stable (tests
 * elsewhere assert amounts computed from them) and add rather than change.
 *
 * <p>Ids are fixed UUIDs so stored copies compare equal; versions are 0.
 */
public final class CatalogFixtures {
    /** Top/bottom track: 95.50 per metre, 110.00 in WHITE, bought in 6 m bars. */
    public static final Material PRF_TOP = material("00000000-0000-0000-0001-000000000001", "PRF-TOP",
            "Sliding track profile", MaterialCategory.PROFILE, MaterialUnit.M, "95.50", "6.0",
            Map.of("WHITE", new BigDecimal("110.00")));
    /** Jamb profile: 88.00 per metre, no colour prices, bought in 6 m bars. */
    public static final Material PRF_JAMB = material("00000000-0000-0000-0001-000000000002", "PRF-JAMB",
            "Jamb profile", MaterialCategory.PROFILE, MaterialUnit.M, "88.00", "6.0", Map.of());
    public static final Material HW_ROLL = material("00000000-0000-0000-0001-000000000003", "HW-ROLL",
            "Sliding roller", MaterialCategory.HARDWARE, MaterialUnit.PIECE, "15.00", null, Map.of());
    public static final Material CN_SIL = material("00000000-0000-0000-0001-000000000004", "CN-SIL",
            "Silicone sealant", MaterialCategory.CONSUMABLE, MaterialUnit.CARTRIDGE, "80.00", null, Map.of());
    public static final Material GL_CLR6 = material("00000000-0000-0000-0001-000000000005", "GL-CLR6",
            "Clear glass 6 mm", MaterialCategory.GLASS, MaterialUnit.M2, "120.00", null, Map.of());
    public static final Material GL_LOWE6 = material("00000000-0000-0000-0001-000000000006", "GL-LOWE6",
            "Low-E glass 6 mm", MaterialCategory.GLASS, MaterialUnit.M2, "185.75", null, Map.of());
    /** Glazing clip, priced per piece (a fractional need is not rounded: only bar profiles are). */
    public static final Material HW_CLIP = material("00000000-0000-0000-0001-000000000007", "HW-CLIP",
            "Glazing clip", MaterialCategory.HARDWARE, MaterialUnit.PIECE, "0.35", null, Map.of());
    /** EPDM gasket by the metre, a 4-decimal cost and no stock length (cut from a roll). */
    public static final Material GS_EPDM = material("00000000-0000-0000-0001-000000000008", "GS-EPDM",
            "EPDM glazing gasket", MaterialCategory.CONSUMABLE, MaterialUnit.M, "1.2345", null, Map.of());

    /** Two-leaf sliding window, 800–3000 × 600–2500 mm, with the worked example's BOM. */
    public static final Product SLD_2L = product("00000000-0000-0000-0002-000000000001", "SLD-2L",
            "Sliding window, 2 leaves", WindowType.SLIDING, 800, 3000, 600, 2500, List.of(
                    bom("PRF-TOP", "width_m", "1.05", "Top and bottom track"),
                    bom("PRF-JAMB", "2 * height_m", "1.05", "Jambs"),
                    bom("HW-ROLL", "4", "1.00", "Rollers"),
                    bom("CN-SIL", "0.5", "1.00", "Sealant")));
    /** Fixed window, 300–2500 × 300–2500 mm. */
    public static final Product FIX_1 = product("00000000-0000-0000-0002-000000000002", "FIX-1",
            "Fixed window", WindowType.FIXED, 300, 2500, 300, 2500, List.of(
                    bom("PRF-TOP", "2 * width_m", "1.05", "Head and sill"),
                    bom("PRF-JAMB", "2 * height_m", "1.05", "Jambs"),
                    bom("HW-CLIP", "perimeter_m / 0.4", "1.00", "Glazing clips, one per 40 cm"),
                    bom("GS-EPDM", "perimeter_m", "1.10", "Gasket"),
                    bom("CN-SIL", "perimeter_m / 12", "1.00", "Sealant, a cartridge per 12 m")));

    /**
     * Two-leaf slider with a layout: V[SL,SR], no division width, cells at least 200 mm, sash deductions
     * 30 × 30 mm, the layout fixed. Sash stiles and rollers per sash.
     */
    public static final Product SLD_2L_LAYOUT = new Product(ProductId.of("00000000-0000-0000-0002-000000000003"),
            "SLD-2L-LAY", "Sliding window, 2 leaves, laid out", ProductCategory.WINDOW, WindowType.SLIDING, 800, 3000,
            600, 2500, List.of(
                    bom("PRF-TOP", "width_m", "1.05", "Top and bottom track"),
                    scoped("PRF-JAMB", "2 * cell_height_m", "1.05", "Sash stiles", BomScope.EACH_SASH),
                    scoped("HW-ROLL", "2", "1.00", "Rollers", BomScope.EACH_SASH),
                    bom("CN-SIL", "0.5", "1.00", "Sealant")),
            new ProductLayout(LayoutNotation.parse("V[SL,SR]", "layout"), false, 0, 200, GlassDeduction.NONE,
                    new GlassDeduction(30, 30)), true, 0);
    /**
     * Casement with a fixed sidelight, V(600)[FIX,CR] by default and changeable: 60 mm mullions, cells at
     * least 250 mm, deductions 20 × 20 (fixed) and 50 × 50 (sash); the mullion costed per mullion.
     */
    public static final Product CAS_FIX = new Product(ProductId.of("00000000-0000-0000-0002-000000000004"),
            "CAS-FIX", "Casement with fixed sidelight", ProductCategory.WINDOW, WindowType.FIXED, 900, 3000,
            600, 2500, List.of(
                    bom("PRF-TOP", "perimeter_m", "1.05", "Frame"),
                    scoped("PRF-JAMB", "division_length_m", "1.00", "Mullion", BomScope.EACH_MULLION),
                    scoped("HW-CLIP", "cell_perimeter_m / 0.4", "1.00", "Glazing clips", BomScope.EACH_CELL),
                    scoped("HW-ROLL", "1", "1.00", "Handle", BomScope.EACH_SASH)),
            new ProductLayout(LayoutNotation.parse("V(600)[FIX,CR]", "layout"), true, 60, 250,
                    new GlassDeduction(20, 20), new GlassDeduction(50, 50)), true, 0);

    public static final LaborRate SLIDING_LABOR =
            new LaborRate(WindowType.SLIDING, new BigDecimal("65.00"), new BigDecimal("1.2"));
    public static final LaborRate FIXED_LABOR =
            new LaborRate(WindowType.FIXED, new BigDecimal("40.00"), new BigDecimal("1.0"));

    private CatalogFixtures() {
    }

    public static List<Material> materials() {
        return List.of(PRF_TOP, PRF_JAMB, HW_ROLL, CN_SIL, GL_CLR6, GL_LOWE6, HW_CLIP, GS_EPDM);
    }

    public static List<Product> products() {
        return List.of(SLD_2L, FIX_1);
    }

    public static List<LaborRate> laborRates() {
        return List.of(SLIDING_LABOR, FIXED_LABOR);
    }

    /** Everything above as a pricing catalogue. */
    public static PricingCatalog catalog() {
        return PricingCatalog.of(materials(), products(), laborRates());
    }

    /** The worked example's rates: margin 25 %, indirect 15 %, discount 5 %, tax 16 %, glass waste 5 %. */
    public static QuoteRates workedExampleRates() {
        return rates("0.25", "0.15", "0.05", "0.16", "0.05");
    }

    /** The installation defaults (no discount): margin 25 %, indirect 15 %, tax 16 %, glass waste 5 %. */
    public static QuoteRates defaultRates() {
        return rates("0.25", "0.15", "0", "0.16", "0.05");
    }

    public static QuoteRates rates(String margin, String indirect, String discount, String tax, String glassWaste) {
        return new QuoteRates(Rate.of(margin), Rate.of(indirect), Rate.of(discount), Rate.of(tax),
                Rate.of(glassWaste), null);
    }

    /** The worked example's quote: SLD-2L, GL-CLR6, WHITE, 1500 × 1200 mm × 2, and CN-SIL × 3. Total 5477.55. */
    public static List<QuoteLine> workedExampleLines() {
        return List.of(
                new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, null),
                new MaterialLine("CN-SIL", new BigDecimal("3"), null));
    }

    /** The catalogue with the two laid-out products too. */
    public static PricingCatalog catalogWithLayouts() {
        List<Product> all = new java.util.ArrayList<>(products());
        all.add(SLD_2L_LAYOUT);
        all.add(CAS_FIX);
        return PricingCatalog.of(materials(), all, laborRates());
    }

    public static BomLine scoped(String materialCode, String formula, String waste, String description,
            BomScope scope) {
        return new BomLine(materialCode, Formula.parse(formula), new BigDecimal(waste), description, scope);
    }

    public static BomLine bom(String materialCode, String formula, String waste, String description) {
        return new BomLine(materialCode, Formula.parse(formula), new BigDecimal(waste), description);
    }

    private static Material material(String id, String code, String name, MaterialCategory category,
            MaterialUnit unit, String cost, String stockLength, Map<String, BigDecimal> colourCosts) {
        return new Material(MaterialId.of(id), code, name, category, unit, new BigDecimal(cost),
                stockLength == null ? null : new BigDecimal(stockLength), true, colourCosts, 0);
    }

    private static Product product(String id, String code, String name, WindowType type, int minWidth,
            int maxWidth, int minHeight, int maxHeight, List<BomLine> bom) {
        return new Product(ProductId.of(id), code, name, ProductCategory.WINDOW, type, minWidth, maxWidth,
                minHeight, maxHeight, bom, true, 0);
    }
}
