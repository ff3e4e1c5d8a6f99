package com.wqs.domain.pricing;

import static com.wqs.testing.CatalogFixtures.catalog;
import static com.wqs.testing.CatalogFixtures.workedExampleRates;
import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quote's windows counted, their area and perimeter, over the lines that count in the total. */
class WindowTotalsTest {
    private final PricingEngine engine = new PricingEngine();

    private QuotePricing price(QuoteLine... lines) {
        return engine.price(List.of(lines), workedExampleRates(), catalog());
    }

    @Test
    void windowsAreCountedWithTheirAreaAndPerimeterAndMaterialLinesAreNot() {
        QuotePricing pricing = price(new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, "Living room"),
                new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1333, 1001, 1, "Bathroom"),
                new MaterialLine("CN-SIL", new BigDecimal("3"), "Silicone"));

        WindowTotals totals = pricing.windowTotals();

        assertThat(totals.windows()).isEqualTo(3);
        // 2 × 1.5 × 1.2 = 3.6 m² plus 1.333 × 1.001 = 1.334333 m²: 4.934333, shown 4.93
        assertThat(totals.areaM2()).isEqualByComparingTo("4.93");
        // 2 × 2 × (1.5 + 1.2) = 10.8 m plus 2 × (1.333 + 1.001) = 4.668 m: 15.468, shown 15.47
        assertThat(totals.perimeterM()).isEqualByComparingTo("15.47");
        assertThat(totals.perSquareMetre(pricing.total())).contains(
                Money.of(pricing.total().amount().divide(new BigDecimal("4.93"), 2, java.math.RoundingMode.HALF_UP)));
    }

    @Test
    void aWindowLeftOutAsAnOptionDoesNotCountAndNoWindowsMeansNoPricePerSquareMetre() {
        QuotePricing pricing = price(new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, "Kitchen"),
                new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1000, 1000, 4, "Spare")
                        .withOption(LineOption.optional(false)));

        assertThat(pricing.windowTotals()).isEqualTo(new WindowTotals(2, new BigDecimal("3.60"),
                new BigDecimal("10.80")));

        QuotePricing materialsOnly = price(new MaterialLine("CN-SIL", new BigDecimal("3"), "Silicone"));
        assertThat(materialsOnly.windowTotals().windows()).isZero();
        assertThat(materialsOnly.windowTotals().perSquareMetre(materialsOnly.total())).isEmpty();
    }
}
