package com.wqs.domain.pricing;

import static com.wqs.testing.CatalogFixtures.bom;
import static com.wqs.testing.CatalogFixtures.laborRates;
import static com.wqs.testing.CatalogFixtures.materials;
import static com.wqs.testing.CatalogFixtures.workedExampleRates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

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
import com.wqs.domain.layout.LayoutNotation;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BOM lines that give their pieces: metres for the price, and the pieces each window is cut from. */
class PricingEnginePiecesTest {
    private static final BigDecimal MITRE = BigDecimal.valueOf(45);
    private final PricingEngine engine = new PricingEngine();

    /*
     * 1500 × 1200, V[SL,SR]: two sashes 750 × 1200. Sash rails EACH_SASH 2 × (750 − 12) = 1476 mm per sash,
     * stiles EACH_SASH 2 × 1200 mm; per window 2 × 2 × 0.738 + 2 × 2 × 1.2 = 7.752 m; × 1.05 = 8.1396 m
     * → 2 bars of 6 m per window (12 m), 2 windows: 4 bars. The track (a formula line) is one piece of
     * 1500 mm per window, square cut.
     */
    @Test
    void aPiecesLinePricesItsLengthAndRecordsThePiecesPerPlace() {
        PricedLine line = price(new WindowLine("SLD-CUT", "GL-CLR6", "WHITE", 1500, 1200, 2, null));

        assertThat(line.materials()).filteredOn(u -> u.materialCode().equals("PRF-JAMB"))
                .extracting(MaterialUsage::bars, u -> u.quantity().toPlainString())
                .containsExactly(tuple(4, "24"));
        assertThat(line.pieces()).extracting(ProfilePiece::materialCode, ProfilePiece::place, ProfilePiece::count,
                ProfilePiece::lengthMm, p -> p.startAngle().intValue(), ProfilePiece::colour)
                .containsExactly(
                        tuple("PRF-TOP", null, 1, 1500, 90, "WHITE"),
                        tuple("PRF-JAMB", "A", 2, 738, 45, "WHITE"),
                        tuple("PRF-JAMB", "B", 2, 738, 45, "WHITE"),
                        tuple("PRF-JAMB", "A", 2, 1200, 45, "WHITE"),
                        tuple("PRF-JAMB", "B", 2, 1200, 45, "WHITE"));
        // hardware and consumables are not cut
        assertThat(line.pieces()).extracting(ProfilePiece::materialCode).doesNotContain("HW-ROLL", "CN-SIL");
    }

    @Test
    void aPieceCountThatIsNotAWholeNumberNamesTheLine() {
        Product odd = product(List.of(BomLine.ofPieces("PRF-JAMB", new BomPieces(Formula.parse("width_m"),
                Formula.parse("500"), null, null), BigDecimal.ONE, "Odd", BomScope.WINDOW)));
        List<QuoteLine> lines = List.of(new WindowLine("SLD-CUT", "GL-CLR6", null, 1500, 1200, 1, null));

        Throwable thrown = catchThrowable(() -> engine.price(lines, workedExampleRates(), catalog(odd)));

        assertThat(((ValidationException) thrown).errors()).extracting(FieldError::field)
                .containsExactly("lines[0].productCode");
        assertThat(thrown.getMessage()).contains("piece count is 1.5");
    }

    @Test
    void piecesOnAMaterialNotBoughtInBarsAreRefused() {
        Product wrong = product(List.of(BomLine.ofPieces("HW-ROLL", BomPieces.square(Formula.parse("2"),
                Formula.parse("100")), BigDecimal.ONE, "Rollers", BomScope.EACH_SASH)));
        List<QuoteLine> lines = List.of(new WindowLine("SLD-CUT", "GL-CLR6", null, 1500, 1200, 1, null));

        Throwable thrown = catchThrowable(() -> engine.price(lines, workedExampleRates(), catalog(wrong)));

        assertThat(thrown).isInstanceOf(ValidationException.class).hasMessageContaining("not a profile bought in bars");
    }

    @Test
    void aLineGivesEitherAFormulaOrPiecesWithAnglesInRange() {
        BomLine both = new BomLine("PRF-JAMB", Formula.parse("1"), BigDecimal.ONE, "", BomScope.EACH_SASH,
                new BomPieces(Formula.parse("2"), Formula.parse("width_mm"), BigDecimal.valueOf(5), null));
        BomLine neither = new BomLine("PRF-JAMB", null, BigDecimal.ONE, "", BomScope.WINDOW, null);
        BomLine wrongScope = BomLine.ofPieces("PRF-JAMB", BomPieces.square(Formula.parse("1"),
                Formula.parse("cell_width_mm")), BigDecimal.ONE, "", BomScope.WINDOW);

        Throwable thrown = catchThrowable(() -> product(List.of(both, neither, wrongScope)));

        assertThat(((ValidationException) thrown).errors()).extracting(FieldError::field).containsExactly(
                "bom[0].formula", "bom[0].pieces.startAngle", "bom[1].formula", "bom[2].pieces.lengthMm");
    }

    private PricedLine price(WindowLine line) {
        return engine.price(List.<QuoteLine>of(line), workedExampleRates(), catalog(cutProduct())).lines().get(0);
    }

    private static Product cutProduct() {
        return product(List.of(
                bom("PRF-TOP", "width_m", "1.05", "Track"),
                BomLine.ofPieces("PRF-JAMB", new BomPieces(Formula.parse("2"), Formula.parse("cell_width_mm - 12"),
                        MITRE, MITRE), new BigDecimal("1.05"), "sash rail", BomScope.EACH_SASH),
                BomLine.ofPieces("PRF-JAMB", new BomPieces(Formula.parse("2"), Formula.parse("cell_height_mm"),
                        MITRE, MITRE), new BigDecimal("1.05"), "sash stile", BomScope.EACH_SASH),
                bom("HW-ROLL", "4", "1.00", "Rollers"),
                bom("CN-SIL", "0.5", "1.00", "Sealant")));
    }

    private static Product product(List<BomLine> bom) {
        return new Product(ProductId.of("00000000-0000-0000-0002-000000000009"), "SLD-CUT", "Slider, cut",
                ProductCategory.WINDOW, WindowType.SLIDING, 800, 3000, 600, 2500, bom,
                new ProductLayout(LayoutNotation.parse("V[SL,SR]", "layout"), false, 0, 200, GlassDeduction.NONE,
                        new GlassDeduction(30, 30)), true, 0);
    }

    private static PricingCatalog catalog(Product product) {
        List<Product> products = new ArrayList<>();
        products.add(product);
        return PricingCatalog.of(materials(), products, laborRates());
    }
}
