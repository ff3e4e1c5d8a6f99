package com.wqs.domain.workorder;

import static com.wqs.testing.CatalogFixtures.catalog;
import static com.wqs.testing.CatalogFixtures.defaultRates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.pricing.PricingEngine;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaterialsListCalculatorTest {

    private static MaterialsList materialsFor(List<QuoteLine> lines) {
        return MaterialsListCalculator.from(new PricingEngine().price(lines, defaultRates(), catalog()).lines());
    }

    /*
     * Line 0: SLD-2L 1500 × 1200 × 2 (WHITE, GL-CLR6): PRF-TOP 12 m / 2 bars, PRF-JAMB 12 m / 2 bars, HW-ROLL 8,
     *         CN-SIL 1, GL-CLR6 1.8 × 1.05 × 2 = 3.78 m².
     * Line 1: FIX-1 1000 × 1100 × 3 (GL-LOWE6): PRF-TOP 18 m / 3 bars, PRF-JAMB 18 m / 3 bars, HW-CLIP 31.5,
     *         GS-EPDM 13.86 m, CN-SIL 1.05, GL-LOWE6 1.1 × 1.05 × 3 = 3.465 m².
     * Line 2: CN-SIL × 3.   Line 3: PRF-TOP 7.5 m sold by the metre: 2 bars.
     * Totals, profiles per colour (line 0 is WHITE): PRF-JAMB 18 m / 3 bars and WHITE 12 m / 2 bars;
     *         PRF-TOP 25.5 m / 5 bars and WHITE 12 m / 2 bars; GL-CLR6 3.78; GL-LOWE6 3.465; HW-CLIP 31.5;
     *         HW-ROLL 8; CN-SIL 1 + 1.05 + 3 = 5.05; GS-EPDM 13.86.
     */
    @Test
    void totalsEachMaterialAndColourOverAllLinesSortedByCategoryCodeAndColour() {
        MaterialsList list = materialsFor(List.of(
                new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, null),
                new WindowLine("FIX-1", "GL-LOWE6", null, 1000, 1100, 3, null),
                new MaterialLine("CN-SIL", new BigDecimal("3"), null),
                new MaterialLine("PRF-TOP", new BigDecimal("7.5"), null)));

        assertThat(list.materials())
                .extracting(MaterialRequirement::materialCode, MaterialRequirement::category,
                        r -> r.quantity().toPlainString(), MaterialRequirement::bars, MaterialRequirement::colour)
                .containsExactly(
                        tuple("PRF-JAMB", MaterialCategory.PROFILE, "18", 3, null),
                        tuple("PRF-JAMB", MaterialCategory.PROFILE, "12", 2, "WHITE"),
                        tuple("PRF-TOP", MaterialCategory.PROFILE, "25.5", 5, null),
                        tuple("PRF-TOP", MaterialCategory.PROFILE, "12", 2, "WHITE"),
                        tuple("GL-CLR6", MaterialCategory.GLASS, "3.78", null, null),
                        tuple("GL-LOWE6", MaterialCategory.GLASS, "3.465", null, null),
                        tuple("HW-CLIP", MaterialCategory.HARDWARE, "31.5", null, null),
                        tuple("HW-ROLL", MaterialCategory.HARDWARE, "8", null, null),
                        tuple("CN-SIL", MaterialCategory.CONSUMABLE, "5.05", null, null),
                        tuple("GS-EPDM", MaterialCategory.CONSUMABLE, "13.86", null, null));
        assertThat(list.materials().get(2))
                .extracting(MaterialRequirement::materialName, MaterialRequirement::stockLengthM)
                .containsExactly("Sliding track profile", new BigDecimal("6.0"));
    }

    @Test
    void listsOneGlassPaneEntryPerWindowLine() {
        MaterialsList list = materialsFor(List.of(
                new MaterialLine("CN-SIL", new BigDecimal("3"), null),
                new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, null),
                new WindowLine("FIX-1", "GL-LOWE6", null, 1000, 1100, 3, null),
                new WindowLine("FIX-1", "GL-LOWE6", null, 600, 600, 1, null)));

        assertThat(list.glassPanes()).containsExactly(
                GlassPane.of(1, "L2-A", "GL-CLR6", "Clear glass 6 mm", 1500, 1200, 2),
                GlassPane.of(2, "L3-A", "GL-LOWE6", "Low-E glass 6 mm", 1000, 1100, 3),
                GlassPane.of(3, "L4-A", "GL-LOWE6", "Low-E glass 6 mm", 600, 600, 1));
        assertThat(list.glassPanes().get(1).areaM2()).isEqualByComparingTo("1.1");
        assertThat(list.glassPanes().get(1).totalAreaM2()).isEqualByComparingTo("3.3");
    }

    @Test
    void anEmptyQuoteNeedsNothing() {
        MaterialsList list = MaterialsListCalculator.from(List.of());

        assertThat(list.materials()).isEmpty();
        assertThat(list.glassPanes()).isEmpty();
    }

    @Test
    void materialLinesGiveNoGlassPanes() {
        MaterialsList list = materialsFor(List.of(new MaterialLine("GL-CLR6", new BigDecimal("2.5"), null)));

        assertThat(list.glassPanes()).isEmpty();
        assertThat(list.materials()).extracting(MaterialRequirement::materialCode, r -> r.quantity().toPlainString())
                .containsExactly(tuple("GL-CLR6", "2.5"));
    }
}
