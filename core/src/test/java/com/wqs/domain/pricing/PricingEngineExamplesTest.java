package com.wqs.domain.pricing;

import static com.wqs.testing.CatalogFixtures.catalog;
import static com.wqs.testing.CatalogFixtures.defaultRates;
import static com.wqs.testing.CatalogFixtures.rates;
import static com.wqs.testing.CatalogFixtures.workedExampleLines;
import static com.wqs.testing.CatalogFixtures.workedExampleRates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.WindowLine;
import com.wqs.testing.CatalogFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed examples over {@link com.wqs.testing.CatalogFixtures}. Each comment is the
 * computation by hand; amounts are rounded HALF_UP to the cent where they are produced.
 */
class PricingEngineExamplesTest {
    private final PricingEngine engine = new PricingEngine();

    /*
     * (a) PRODUCT.md §2 worked example. Rates 25 / 15 / 5 (discount) / 16 %, glass waste 5 %.
     * Line 0: SLD-2L, GL-CLR6, WHITE, 1500 × 1200 mm, q 2. width_m 1.5, height_m 1.2, area 1.8.
     *   PRF-TOP  width_m·1.05 = 1.575 m → 1 bar of 6 m; WHITE 110.00: 6 × 110.00 × 2 = 1320.00
     *   PRF-JAMB 2·1.2·1.05 = 2.52 m → 1 bar; no colour price, 88.00: 6 × 88.00 × 2 = 1056.00 → profiles 2376.00
     *   HW-ROLL  4 × 15.00 × 2 = 120.00;  CN-SIL 0.5 × 80.00 × 2 = 80.00
     *   glass    1.8 × 120.00 × 1.05 × 2 = 453.60;  labour 1.8 × 65.00 × 1.2 × 2 = 280.80
     *   cost     2376.00 + 453.60 + 120.00 + 80.00 + 280.80 = 3310.40
     * Line 1: CN-SIL × 3 = 240.00 (consumables).
     * materials 3269.60, labour 280.80, base 3550.40, profit 887.60, indirect 532.56,
     * discount 5 % of 4970.56 = 248.528 → 248.53, taxable 4722.03, tax 755.5248 → 755.52, total 5477.55.
     * Line prices: 3310.40 × 4722.03 / 3550.40 = 4402.8301…, 240.00 × 4722.03 / 3550.40 = 319.1998…;
     * floors 4402.83 + 319.19 = 4722.02, the cent left goes to the larger remainder (line 1) → 4402.83, 319.20.
     * Unit prices 4402.83 / 2 = 2201.415 → 2201.42; 319.20 / 3 = 106.40.
     */
    @Test
    void workedExampleOfTheSpecification() {
        QuotePricing pricing = engine.price(workedExampleLines(), workedExampleRates(), catalog());

        assertTotals(pricing, "3269.60", "280.80", "3550.40", "887.60", "532.56", "248.53", "4722.03", "755.52",
                "5477.55");
        PricedLine window = pricing.lines().get(0);
        assertComponents(window, "2376.00", "453.60", "120.00", "80.00", "280.80", "3310.40");
        assertPrices(window, "4402.83", "2201.42");
        assertThat(window.kind()).isEqualTo(LineKind.WINDOW);
        assertThat(window.code()).isEqualTo("SLD-2L");
        assertThat(window.description()).isEqualTo("Sliding window, 2 leaves, Clear glass 6 mm, WHITE");
        assertThat(window.glassCode()).isEqualTo("GL-CLR6");
        assertThat(window.colour()).isEqualTo("WHITE");
        assertThat(window.widthMm()).isEqualTo(1500);
        assertThat(window.heightMm()).isEqualTo(1200);
        assertThat(window.quantity()).isEqualByComparingTo("2");
        assertThat(window.unit()).isEqualTo("PIECE");
        // Whole bars for the 2 windows: 12 m = 2 bars of each profile; glass 1.8 × 1.05 × 2 = 3.78 m².
        assertThat(window.materials())
                .extracting(MaterialUsage::materialCode, u -> u.quantity().toPlainString(), MaterialUsage::bars,
                        u -> u.unitCost().toPlainString())
                .containsExactly(
                        tuple("PRF-TOP", "12", 2, "110.00"),
                        tuple("PRF-JAMB", "12", 2, "88.00"),
                        tuple("HW-ROLL", "8", null, "15.00"),
                        tuple("CN-SIL", "1", null, "80.00"),
                        tuple("GL-CLR6", "3.78", null, "120.00"));

        PricedLine sealant = pricing.lines().get(1);
        assertComponents(sealant, "0.00", "0.00", "0.00", "240.00", "0.00", "240.00");
        assertPrices(sealant, "319.20", "106.40");
        assertThat(sealant.kind()).isEqualTo(LineKind.MATERIAL);
        assertThat(sealant.index()).isEqualTo(1);
        assertThat(sealant.description()).isEqualTo("Silicone sealant");
        assertThat(sealant.unit()).isEqualTo("CARTRIDGE");
        assertThat(sealant.glassCode()).isNull();
        assertThat(sealant.widthMm()).isNull();
        assertThat(sealant.materials()).extracting(MaterialUsage::materialCode, u -> u.quantity().toPlainString())
                .containsExactly(tuple("CN-SIL", "3"));
        assertThat(pricing.rates()).isEqualTo(workedExampleRates());
    }

    /*
     * (b) FIX-1, GL-LOWE6, no colour, 1000 × 1100 mm, q 3; default rates (no discount), glass waste 5 %.
     * width_m 1.0, height_m 1.1, area 1.1, perimeter 4.2.
     *   PRF-TOP  2·1.0·1.05 = 2.1 m → 1 bar; no colour → base 95.50: 6 × 95.50 × 3 = 1719.00
     *   PRF-JAMB 2·1.1·1.05 = 2.31 m → 1 bar: 6 × 88.00 × 3 = 1584.00 → profiles 3303.00
     *   HW-CLIP  4.2 / 0.4 = 10.5 pieces (PIECE: no rounding to whole units) × 0.35 × 3 = 11.025 → 11.03
     *   GS-EPDM  4.2 × 1.10 = 4.62 m (M but no stock length: no bars) × 1.2345 × 3 = 17.11017 → 17.11
     *   CN-SIL   4.2 / 12 = 0.35 × 80.00 × 3 = 84.00 → consumables 17.11 + 84.00 = 101.11
     *   glass    1.1 × 185.75 × 1.05 × 3 = 643.62375 → 643.62;  labour FIXED 1.1 × 40.00 × 1.0 × 3 = 132.00
     *   cost     3303.00 + 643.62 + 11.03 + 101.11 + 132.00 = 4190.76
     * materials 4058.76, labour 132.00, base 4190.76, profit 1047.69, indirect 628.614 → 628.61, discount 0,
     * taxable 5867.06, tax 938.7296 → 938.73, total 6805.79. One line: price 5867.06, unit 1955.6866… → 1955.69.
     */
    @Test
    void fixedWindowWithoutColourInTheSecondGlass() {
        List<QuoteLine> lines = List.of(new WindowLine("FIX-1", "GL-LOWE6", null, 1000, 1100, 3, null));

        QuotePricing pricing = engine.price(lines, defaultRates(), catalog());

        assertTotals(pricing, "4058.76", "132.00", "4190.76", "1047.69", "628.61", "0.00", "5867.06", "938.73",
                "6805.79");
        PricedLine window = pricing.lines().get(0);
        assertComponents(window, "3303.00", "643.62", "11.03", "101.11", "132.00", "4190.76");
        assertPrices(window, "5867.06", "1955.69");
        assertThat(window.description()).isEqualTo("Fixed window, Low-E glass 6 mm");
        assertThat(window.colour()).isNull();
        assertThat(window.materials())
                .extracting(MaterialUsage::materialCode, u -> u.quantity().toPlainString(), MaterialUsage::bars,
                        u -> u.unitCost().toPlainString())
                .containsExactly(
                        tuple("PRF-TOP", "18", 3, "95.50"),
                        tuple("PRF-JAMB", "18", 3, "88.00"),
                        tuple("HW-CLIP", "31.5", null, "0.35"),
                        tuple("GS-EPDM", "13.86", null, "1.2345"),
                        tuple("CN-SIL", "1.05", null, "80.00"),
                        tuple("GL-LOWE6", "3.465", null, "185.75"));
    }

    /*
     * (c) Material-only quote, default rates (no discount).
     *   0: PRF-TOP  7.5 m × 95.50 = 716.25 (profiles; sold by the metre, no bar rounding of the price)
     *   1: HW-ROLL  10 × 15.00 = 150.00 (hardware)
     *   2: GS-EPDM  12.3456 m × 1.2345 = 15.2406432 → 15.24 (consumables)
     *   3: GL-LOWE6 2.5 m² × 185.75 = 464.375 → 464.38 (glass; no glass waste on a material line)
     * materials 1345.87, labour 0.00, base 1345.87, profit 336.4675 → 336.47, indirect 201.8805 → 201.88,
     * discount 0, taxable 1884.22, tax 301.4752 → 301.48, total 2185.70.
     * Shares of 1884.22 (cost × 1884.22 / 1345.87): 1002.7510…, 210.0002…, 21.3360…, 650.1326…; the floors
     * sum to 1884.21 and the cent goes to the largest remainder, line 2 (.60 of a cent) → 1002.75, 210.00,
     * 21.34, 650.13.
     * Unit prices: 1002.75 / 7.5 = 133.70; 210.00 / 10 = 21.00; 21.34 / 12.3456 = 1.7285… → 1.73;
     * 650.13 / 2.5 = 260.052 → 260.05.
     */
    @Test
    void materialOnlyQuote() {
        List<QuoteLine> lines = List.of(
                new MaterialLine("PRF-TOP", new BigDecimal("7.5"), null),
                new MaterialLine("HW-ROLL", new BigDecimal("10"), "Spare rollers"),
                new MaterialLine("GS-EPDM", new BigDecimal("12.3456"), null),
                new MaterialLine("GL-LOWE6", new BigDecimal("2.5"), null));

        QuotePricing pricing = engine.price(lines, defaultRates(), catalog());

        assertTotals(pricing, "1345.87", "0.00", "1345.87", "336.47", "201.88", "0.00", "1884.22", "301.48",
                "2185.70");
        assertComponents(pricing.lines().get(0), "716.25", "0.00", "0.00", "0.00", "0.00", "716.25");
        assertComponents(pricing.lines().get(1), "0.00", "0.00", "150.00", "0.00", "0.00", "150.00");
        assertComponents(pricing.lines().get(2), "0.00", "0.00", "0.00", "15.24", "0.00", "15.24");
        assertComponents(pricing.lines().get(3), "0.00", "464.38", "0.00", "0.00", "0.00", "464.38");
        assertPrices(pricing.lines().get(0), "1002.75", "133.70");
        assertPrices(pricing.lines().get(1), "210.00", "21.00");
        assertPrices(pricing.lines().get(2), "21.34", "1.73");
        assertPrices(pricing.lines().get(3), "650.13", "260.05");
        assertThat(pricing.lines()).extracting(PricedLine::description, PricedLine::unit).containsExactly(
                tuple("Sliding track profile", "M"),
                tuple("Spare rollers", "PIECE"),
                tuple("EPDM glazing gasket", "M"),
                tuple("Low-E glass 6 mm", "M2"));
        // 7.5 m of a 6 m bar profile takes 2 whole bars from stock.
        assertThat(pricing.lines().get(0).materials()).extracting(MaterialUsage::bars).containsExactly(2);
        assertThat(pricing.lines().get(2).materials()).extracting(MaterialUsage::bars).containsExactly((Integer) null);
    }

    /*
     * (d) Discount and tax where the remainder distribution matters. Rates 25 / 15 / 10 (discount) / 16 %.
     *   0: HW-ROLL × 2 = 30.00;  1: CN-SIL × 1 = 80.00;  2: GS-EPDM × 6 = 7.407 → 7.41
     * base 117.41, profit 29.3525 → 29.35, indirect 17.6115 → 17.61, before discount 164.37,
     * discount 16.437 → 16.44, taxable 147.93, tax 23.6688 → 23.67, total 171.60.
     * Exact shares of 147.93: 30.00 × 147.93 / 117.41 = 37.79831…, 80.00 × … = 100.79550…, 7.41 × … = 9.33618…
     * Floors 37.79 + 100.79 + 9.33 = 147.91: 2 cents left, to the largest remainders .831 (line 0) and .618
     * (line 2), not to line 1 (.550) → 37.80, 100.79, 9.34 = 147.93. (Rounding each share HALF_UP would
     * give 37.80 + 100.80 + 9.34 = 147.94, one cent too many.)
     * Unit prices: 37.80 / 2 = 18.90; 100.79; 9.34 / 6 = 1.5566… → 1.56.
     */
    @Test
    void discountAndTaxWithLargestRemainderLinePrices() {
        List<QuoteLine> lines = List.of(
                new MaterialLine("HW-ROLL", new BigDecimal("2"), null),
                new MaterialLine("CN-SIL", new BigDecimal("1"), null),
                new MaterialLine("GS-EPDM", new BigDecimal("6"), null));

        QuotePricing pricing = engine.price(lines, rates("0.25", "0.15", "0.10", "0.16", "0.05"), catalog());

        assertTotals(pricing, "117.41", "0.00", "117.41", "29.35", "17.61", "16.44", "147.93", "23.67", "171.60");
        assertThat(pricing.lines()).extracting(l -> l.cost().toString(), l -> l.price().toString(),
                l -> l.unitPrice().toString()).containsExactly(
                        tuple("30.00", "37.80", "18.90"),
                        tuple("80.00", "100.79", "100.79"),
                        tuple("7.41", "9.34", "1.56"));
    }

    /*
     * (e) The worked example with a labour override of 50.00 per m² (the SLIDING complexity 1.2 no longer applies).
     *   labour 1.8 × 50.00 × 2 = 180.00; window cost 2376.00 + 453.60 + 120.00 + 80.00 + 180.00 = 3209.60
     *   material line 240.00. materials 3269.60, labour 180.00, base 3449.60, profit 862.40, indirect 517.44,
     *   discount 5 % of 4829.44 = 241.472 → 241.47, taxable 4587.97, tax 734.0752 → 734.08, total 5322.05.
     *   Shares: 3209.60 × 4587.97 / 3449.60 = 4268.7698…, 240.00 × … = 319.2000…; floors 4268.76 + 319.20 =
     *   4587.96, the cent goes to line 0 (.98 of a cent) → 4268.77, 319.20. Unit price 4268.77 / 2 = 2134.385 → 2134.39.
     */
    @Test
    void labourRateOverrideReplacesRateAndComplexity() {
        QuoteRates base = workedExampleRates();
        QuoteRates withOverride = new QuoteRates(base.profitMargin(), base.indirectRate(), base.discountRate(),
                base.taxRate(), base.glassWaste(), new BigDecimal("50.00"));

        QuotePricing pricing = engine.price(workedExampleLines(), withOverride, catalog());

        assertTotals(pricing, "3269.60", "180.00", "3449.60", "862.40", "517.44", "241.47", "4587.97", "734.08",
                "5322.05");
        assertComponents(pricing.lines().get(0), "2376.00", "453.60", "120.00", "80.00", "180.00", "3209.60");
        assertPrices(pricing.lines().get(0), "4268.77", "2134.39");
        assertPrices(pricing.lines().get(1), "319.20", "106.40");
    }

    /*
     * A colour the material has no price for falls back to the base cost: SLD-2L in BRONZE, 1500 × 1200, q 1.
     * PRF-TOP 6 × 95.50 = 573.00, PRF-JAMB 6 × 88.00 = 528.00 → profiles 1101.00.
     */
    @Test
    void colourWithoutAPriceUsesTheBaseCost() {
        List<QuoteLine> lines = List.of(new WindowLine("SLD-2L", "GL-CLR6", "bronze", 1500, 1200, 1, "Kitchen"));

        PricedLine window = engine.price(lines, defaultRates(), catalog()).lines().get(0);

        assertThat(window.profiles()).hasToString("1101.00");
        assertThat(window.colour()).isEqualTo("BRONZE");
        assertThat(window.description()).isEqualTo("Kitchen");
    }

    /*
     * Whole bars are counted per BOM line, before multiplying by the quantity. A test product BAR-TEST (FIXED)
     * with two BOM lines of PRF-JAMB (88.00/m, 6 m bars): `2 * height_m` and `2 * width_m`, no waste.
     *   1000 × 3000, q 1: 6.0 m → exactly 1 bar; 2.0 m → 1 bar. 2 bars, 12 m × 88.00 = 1056.00.
     *   1000 × 3001, q 2: 6.002 m → 2 bars; 2.0 m → 1 bar. 3 bars per window (not ceil(8.002 / 6) = 2),
     *   6 bars in all, 36 m × 88.00 = 3168.00.
     */
    @Test
    void roundsUpToWholeBarsPerBomLine() {
        Product barTest = new Product(ProductId.newId(), "BAR-TEST", "Bar test", ProductCategory.WINDOW,
                WindowType.FIXED, 300, 5000, 300, 5000, List.of(
                        CatalogFixtures.bom("PRF-JAMB", "2 * height_m", "1.00", "Jambs"),
                        CatalogFixtures.bom("PRF-JAMB", "2 * width_m", "1.00", "Head and sill")), true, 0);
        PricingCatalog catalog = PricingCatalog.of(CatalogFixtures.materials(), List.of(barTest),
                CatalogFixtures.laborRates());
        List<QuoteLine> lines = List.of(
                new WindowLine("BAR-TEST", "GL-CLR6", null, 1000, 3000, 1, null),
                new WindowLine("BAR-TEST", "GL-CLR6", null, 1000, 3001, 2, null));

        QuotePricing pricing = engine.price(lines, defaultRates(), catalog);

        assertThat(pricing.lines().get(0).profiles()).hasToString("1056.00");
        assertThat(pricing.lines().get(0).materials().get(0))
                .extracting(MaterialUsage::materialCode, u -> u.quantity().toPlainString(), MaterialUsage::bars)
                .containsExactly("PRF-JAMB", "12", 2);
        assertThat(pricing.lines().get(1).profiles()).hasToString("3168.00");
        assertThat(pricing.lines().get(1).materials().get(0))
                .extracting(MaterialUsage::materialCode, u -> u.quantity().toPlainString(), MaterialUsage::bars)
                .containsExactly("PRF-JAMB", "36", 6);
    }

    /*
     * PRODUCT.md §2 step 3: each BOM line's cost is rounded to the cent where it is produced, and a category is
     * the sum of its rounded lines. A test product TWO-HW (FIXED) with two HW-ROLL lines (15.00/piece), each
     * `0.333` pieces, no waste, q 1: each line is 0.333 × 15.00 = 4.995 → 5.00, so hardware is 10.00. Rounding the
     * category once instead would give 9.99 (9.990); this pins the per-line reading.
     */
    @Test
    void roundsEachBomLineBeforeSummingItsCategory() {
        Product twoHardware = new Product(ProductId.newId(), "TWO-HW", "Two hardware lines", ProductCategory.WINDOW,
                WindowType.FIXED, 300, 5000, 300, 5000, List.of(
                        CatalogFixtures.bom("HW-ROLL", "0.333", "1.00", "Left"),
                        CatalogFixtures.bom("HW-ROLL", "0.333", "1.00", "Right")), true, 0);
        PricingCatalog catalog = PricingCatalog.of(CatalogFixtures.materials(), List.of(twoHardware),
                CatalogFixtures.laborRates());

        QuotePricing pricing = engine.price(List.of(new WindowLine("TWO-HW", "GL-CLR6", null, 1000, 1000, 1, null)),
                defaultRates(), catalog);

        assertThat(pricing.lines().get(0).hardware()).hasToString("10.00");
        assertThat(pricing.lines().get(0).materials())
                .filteredOn(usage -> usage.materialCode().equals("HW-ROLL"))
                .extracting(u -> u.quantity().toPlainString()).containsExactly("0.666");
    }

    /*
     * Formulas see the line's quantity and the math functions. A test product SET-HW (FIXED) with HW-ROLL
     * (15.00/piece) `ceil(10 / quantity)` per window (a set of 10 shared by the line's windows) and HW-ROLL
     * `round(pi * sqrt(area_m2), 2)`, no waste. 2000 × 1125 mm (area 2.25 m², sqrt 1.5):
     *   q 3: ceil(3.33…) = 4 per window, 12 in all; round(4.7123…, 2) = 4.71 per window, 14.13 in all.
     *        12 × 15.00 = 180.00 and 14.13 × 15.00 = 211.95: hardware 391.95, usage 26.13 pieces.
     *   q 1: 10 and 4.71: 150.00 + 70.65 = 220.65, usage 14.71 pieces.
     */
    @Test
    void formulasUseTheLinesQuantityAndTheMathFunctions() {
        Product setHardware = new Product(ProductId.newId(), "SET-HW", "Hardware set", ProductCategory.WINDOW,
                WindowType.FIXED, 300, 5000, 300, 5000, List.of(
                        CatalogFixtures.bom("HW-ROLL", "ceil(10 / quantity)", "1.00", "Set"),
                        CatalogFixtures.bom("HW-ROLL", "round(pi * sqrt(area_m2), 2)", "1.00", "Per window")),
                true, 0);
        PricingCatalog catalog = PricingCatalog.of(CatalogFixtures.materials(), List.of(setHardware),
                CatalogFixtures.laborRates());

        QuotePricing pricing = engine.price(List.of(
                new WindowLine("SET-HW", "GL-CLR6", null, 2000, 1125, 3, null),
                new WindowLine("SET-HW", "GL-CLR6", null, 2000, 1125, 1, null)), defaultRates(), catalog);

        assertThat(pricing.lines().get(0).hardware()).hasToString("391.95");
        assertThat(pricing.lines().get(0).materials()).filteredOn(u -> u.materialCode().equals("HW-ROLL"))
                .extracting(u -> u.quantity().toPlainString()).containsExactly("26.13");
        assertThat(pricing.lines().get(1).hardware()).hasToString("220.65");
        assertThat(pricing.lines().get(1).materials()).filteredOn(u -> u.materialCode().equals("HW-ROLL"))
                .extracting(u -> u.quantity().toPlainString()).containsExactly("14.71");
    }

    @Test
    void anEmptyQuoteCostsNothing() {
        QuotePricing pricing = engine.price(List.of(), workedExampleRates(), catalog());

        assertThat(pricing.lines()).isEmpty();
        assertTotals(pricing, "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00");
    }

    private static void assertTotals(QuotePricing p, String materials, String labour, String base, String profit,
            String indirect, String discount, String taxable, String tax, String total) {
        assertThat(List.of(p.materials(), p.labour(), p.base(), p.profit(), p.indirect(), p.discount(), p.taxable(),
                p.tax(), p.total())).extracting(Object::toString)
                .containsExactly(materials, labour, base, profit, indirect, discount, taxable, tax, total);
    }

    private static void assertComponents(PricedLine line, String profiles, String glass, String hardware,
            String consumables, String labour, String cost) {
        assertThat(List.of(line.profiles(), line.glass(), line.hardware(), line.consumables(), line.labour(),
                line.cost())).extracting(Object::toString)
                .containsExactly(profiles, glass, hardware, consumables, labour, cost);
    }

    private static void assertPrices(PricedLine line, String price, String unitPrice) {
        assertThat(line.price()).hasToString(price);
        assertThat(line.unitPrice()).hasToString(unitPrice);
    }
}
