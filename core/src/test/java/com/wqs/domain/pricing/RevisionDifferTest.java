package com.wqs.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.pricing.RevisionDiff.FieldChange;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.Money;
import com.wqs.testing.CatalogFixtures;
import com.wqs.testing.CustomerBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionDifferTest {
    private final PricingEngine engine = new PricingEngine();
    private final RevisionDiffer differ = new RevisionDiffer();

    private static final WindowLine SLIDER = new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, null);
    private static final MaterialLine SEALANT = new MaterialLine("CN-SIL", new BigDecimal("3"), null);
    private static final WindowLine FIXED = new WindowLine("FIX-1", "GL-CLR6", null, 1000, 1000, 1, null);

    /**
     * By hand: T1 = slider × 3 (cost 4965.60) + FIX-1 1000 × 1000 (1302.60) at the worked example's rates
     * = 9670.58; T2 without the 5 % discount = 10179.56; T3 with clear glass at 130.00 (+67.20 cost) =
     * 10288.69.
     */
    @Test
    void theWorkedExampleSplitsItsChangeExactlyIntoLinesRatesAndCatalogue() {
        QuoteRevision first = sent(1, CatalogFixtures.workedExampleLines(), CatalogFixtures.workedExampleRates(),
                CatalogFixtures.catalog());
        assertThat(first.pricing().total()).isEqualTo(Money.of("5477.55"));

        List<QuoteLine> lines = List.of(new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 3, null), FIXED);
        QuoteRates rates = CatalogFixtures.defaultRates();
        PricingCatalog today = catalogWith(glass("130.00"), CatalogFixtures.SLIDING_LABOR);
        QuotePricing now = engine.price(lines, rates, today);

        RevisionDiff diff = differ.compare(first, 2, true, lines, now, today);

        Money t1 = engine.price(lines, CatalogFixtures.workedExampleRates(), CatalogFixtures.catalog()).total();
        Money t2 = engine.price(lines, rates, CatalogFixtures.catalog()).total();
        RevisionDiff.Totals totals = diff.totals();
        assertThat(totals.previous()).isEqualTo(Money.of("5477.55"));
        assertThat(totals.withNewLines()).isEqualTo(t1).isEqualTo(Money.of("9670.58"));
        assertThat(totals.withNewRates()).isEqualTo(t2).isEqualTo(Money.of("10179.56"));
        assertThat(totals.current()).isEqualTo(now.total()).isEqualTo(Money.of("10288.69"));
        assertThat(totals.linesEffect()).isEqualTo(Money.of("4193.03"));
        assertThat(totals.ratesEffect()).isEqualTo(Money.of("508.98"));
        assertThat(totals.catalogueEffect()).isEqualTo(Money.of("109.13"));
        assertThat(totals.linesEffect().plus(totals.ratesEffect()).plus(totals.catalogueEffect()))
                .isEqualTo(totals.change()).isEqualTo(Money.of("4811.14"));

        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.fromLine()).isEqualTo(1);
            assertThat(change.toLine()).isEqualTo(1);
            assertThat(change.code()).isEqualTo("SLD-2L");
            assertThat(change.fields()).containsExactly(new FieldChange("quantity", "2", "3"));
            assertThat(change.priceBefore()).isEqualTo(first.pricing().lines().get(0).price());
            assertThat(change.priceAfter()).isEqualTo(now.lines().get(0).price());
        });
        assertThat(diff.removed()).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo(2);
            assertThat(line.code()).isEqualTo("CN-SIL");
            assertThat(line.kind()).isEqualTo(LineKind.MATERIAL);
        });
        assertThat(diff.added()).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo(2);
            assertThat(line.code()).isEqualTo("FIX-1");
        });
        assertThat(diff.rates()).containsExactly(new FieldChange("discountRate", "0.05", "0"));
        assertThat(diff.notes()).singleElement().asString()
                .contains("line 2", "product FIX-1", "material HW-CLIP", "material GS-EPDM", "revision 1",
                        "current values")
                .doesNotContain("GL-CLR6");
        assertThat(diff.fromRevision()).isEqualTo(1);
        assertThat(diff.toRevision()).isEqualTo(2);
        assertThat(diff.toDraft()).isTrue();
    }

    /** A line made optional and left out: its option is a changed field, and the total's change is the lines'. */
    @Test
    void aLineMadeOptionalAndLeftOutIsAChangedOptionAndALinesEffect() {
        List<QuoteLine> before = List.of(SLIDER, FIXED);
        QuoteRates rates = CatalogFixtures.workedExampleRates();
        QuoteRevision first = sent(1, before, rates, CatalogFixtures.catalog());
        List<QuoteLine> lines = List.of(SLIDER, FIXED.withOption(LineOption.optional(false)));
        QuotePricing now = engine.price(lines, rates, CatalogFixtures.catalog());

        RevisionDiff diff = differ.compare(first, 2, true, lines, now, CatalogFixtures.catalog());

        assertThat(diff.changed()).singleElement().satisfies(change -> assertThat(change.fields())
                .containsExactly(new FieldChange("option", "required", "optional, not chosen")));
        RevisionDiff.Totals totals = diff.totals();
        assertThat(totals.current()).isEqualTo(engine.price(List.of(SLIDER), rates, CatalogFixtures.catalog()).total());
        assertThat(totals.linesEffect()).isEqualTo(totals.change());
        assertThat(totals.ratesEffect()).isEqualTo(Money.ZERO);
        assertThat(totals.catalogueEffect()).isEqualTo(Money.ZERO);
    }

    @Test
    void onlyACataloguePriceChangeIsAllCatalogueEffect() {
        QuoteRevision first = sent(1, CatalogFixtures.workedExampleLines(), CatalogFixtures.workedExampleRates(),
                CatalogFixtures.catalog());
        PricingCatalog today = catalogWith(glass("150.00"), CatalogFixtures.SLIDING_LABOR);
        QuotePricing now = engine.price(CatalogFixtures.workedExampleLines(), CatalogFixtures.workedExampleRates(),
                today);

        RevisionDiff diff = differ.compare(first, 2, true, CatalogFixtures.workedExampleLines(), now, today);

        assertThat(diff.linesOrRatesChanged()).isFalse();
        assertThat(diff.unchangedLines()).isEqualTo(2);
        assertThat(diff.totals().linesEffect()).isEqualTo(Money.ZERO);
        assertThat(diff.totals().ratesEffect()).isEqualTo(Money.ZERO);
        assertThat(diff.totals().catalogueEffect()).isEqualTo(now.total().minus(Money.of("5477.55")))
                .isEqualTo(Money.of("174.96"));
        assertThat(diff.notes()).isEmpty();
    }

    @Test
    void aLabourRateChangeTheSnapshotDoesNotFreezeStillCountsUnderCatalogue() {
        QuoteRevision first = sent(1, CatalogFixtures.workedExampleLines(), CatalogFixtures.workedExampleRates(),
                CatalogFixtures.catalog());
        PricingCatalog today = catalogWith(CatalogFixtures.GL_CLR6,
                new LaborRate(WindowType.SLIDING, new BigDecimal("80.00"), new BigDecimal("1.2")));
        List<QuoteLine> lines = List.of(new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 4, null), SEALANT);
        QuotePricing now = engine.price(lines, CatalogFixtures.workedExampleRates(), today);

        RevisionDiff diff = differ.compare(first, 2, true, lines, now, today);

        // Lines are compared at one catalogue (today's labour rate on both sides), so the labour increase
        // of the two windows of revision 1 shows as catalogue effect and the two extra windows as lines.
        Money twoWindowsAtOldLabour = engine.price(List.of(SLIDER, SEALANT), CatalogFixtures.workedExampleRates(),
                CatalogFixtures.catalog()).total();
        Money twoWindowsAtNewLabour = engine.price(List.of(SLIDER, SEALANT), CatalogFixtures.workedExampleRates(),
                today).total();
        assertThat(diff.totals().linesEffect()).isEqualTo(now.total().minus(twoWindowsAtNewLabour));
        assertThat(diff.totals().ratesEffect()).isEqualTo(Money.ZERO);
        assertThat(diff.totals().catalogueEffect()).isEqualTo(twoWindowsAtNewLabour.minus(twoWindowsAtOldLabour));
        assertThat(diff.totals().linesEffect().plus(diff.totals().ratesEffect())
                .plus(diff.totals().catalogueEffect())).isEqualTo(diff.totals().change());
    }

    @Test
    void linesArePairedInOrderSoARemovedLineDoesNotChangeTheOnesAfterIt() {
        List<QuoteLine> before = List.of(SLIDER, SEALANT, FIXED);
        QuoteRevision first = sent(1, before, CatalogFixtures.defaultRates(), CatalogFixtures.catalog());
        List<QuoteLine> after = List.of(new WindowLine("SLD-2L", "GL-LOWE6", "WHITE", 1600, 1200, 2, "Living room"),
                FIXED);
        QuotePricing now = engine.price(after, CatalogFixtures.defaultRates(), CatalogFixtures.catalog());

        RevisionDiff diff = differ.compare(first, 2, false, after, now, CatalogFixtures.catalog());

        assertThat(diff.removed()).extracting(RevisionDiff.LineRef::code).containsExactly("CN-SIL");
        assertThat(diff.added()).isEmpty();
        assertThat(diff.unchangedLines()).isEqualTo(1);
        assertThat(diff.changed()).singleElement().satisfies(change -> assertThat(change.fields())
                .extracting(FieldChange::field).containsExactly("glassCode", "widthMm", "description"));
        assertThat(diff.changed().get(0).fields().get(1)).isEqualTo(new FieldChange("widthMm", "1500", "1600"));
        assertThat(diff.rates()).isEmpty();
        assertThat(diff.toDraft()).isFalse();
    }

    @Test
    void aProductRemovedSinceStillGivesAnExactSplitAndSaysSo() {
        QuoteRevision first = sent(1, List.of(SLIDER, FIXED), CatalogFixtures.defaultRates(),
                CatalogFixtures.catalog());
        PricingCatalog withoutFixed = PricingCatalog.of(CatalogFixtures.materials(),
                List.of(CatalogFixtures.SLD_2L), CatalogFixtures.laborRates());
        List<QuoteLine> after = List.of(SLIDER);
        QuotePricing now = engine.price(after, CatalogFixtures.defaultRates(), withoutFixed);

        RevisionDiff diff = differ.compare(first, 2, true, after, now, withoutFixed);

        assertThat(diff.notes()).anySatisfy(note -> assertThat(note).contains("revision 1", "no longer price"));
        assertThat(diff.totals().linesEffect().plus(diff.totals().ratesEffect())
                .plus(diff.totals().catalogueEffect())).isEqualTo(diff.totals().change());
        assertThat(diff.totals().withNewLines()).isEqualTo(now.total());
    }

    @Test
    void aProductDeactivatedSinceIsStillComparedAtItsValues() {
        QuoteRevision first = sent(1, List.of(SLIDER, SEALANT), CatalogFixtures.defaultRates(),
                CatalogFixtures.catalog());
        QuotePricing now = engine.price(List.of(SLIDER, SEALANT), CatalogFixtures.defaultRates(),
                CatalogFixtures.catalog());
        Product slider = CatalogFixtures.SLD_2L;
        PricingCatalog inactive = PricingCatalog.of(CatalogFixtures.materials(), List.of(new Product(slider.id(),
                slider.code(), slider.name(), slider.category(), slider.windowType(), slider.minWidthMm(),
                slider.maxWidthMm(), slider.minHeightMm(), slider.maxHeightMm(), slider.bom(), false, 0)),
                CatalogFixtures.laborRates());

        RevisionDiff diff = differ.compare(first, 2, false, List.of(SLIDER, SEALANT), now, inactive);

        assertThat(diff.notes()).isEmpty();
        assertThat(diff.totals().change()).isEqualTo(Money.ZERO);
        assertThat(diff.totals().withNewLines()).isEqualTo(first.pricing().total());
    }

    private QuoteRevision sent(int revision, List<QuoteLine> lines, QuoteRates rates, PricingCatalog catalog) {
        return new QuoteRevision(revision, Instant.parse("2026-03-10T10:00:00Z"), LocalDate.parse("2026-04-09"),
                CustomerBuilder.aCustomer().build(), engine.price(lines, rates, catalog), "");
    }

    private static Material glass(String cost) {
        Material clear = CatalogFixtures.GL_CLR6;
        return new Material(clear.id(), clear.code(), clear.name(), clear.category(), clear.unit(),
                new BigDecimal(cost), null, true, clear.colourCosts(), 0);
    }

    private static PricingCatalog catalogWith(Material glass, LaborRate sliding) {
        List<Material> materials = new ArrayList<>(CatalogFixtures.materials());
        materials.replaceAll(m -> m.code().equals(glass.code()) ? glass : m);
        List<Product> products = CatalogFixtures.products();
        return PricingCatalog.of(materials, products, List.of(sliding, CatalogFixtures.FIXED_LABOR));
    }
}
