package com.wqs.domain.pricing;

import static com.wqs.testing.CatalogFixtures.catalog;
import static com.wqs.testing.CatalogFixtures.workedExampleLines;
import static com.wqs.testing.CatalogFixtures.workedExampleRates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.LineOptions;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Optional lines and alternative groups: the quote's amounts are those of the chosen lines. */
class PricingEngineOptionsTest {
    private final PricingEngine engine = new PricingEngine();

    private static final WindowLine CLEAR = new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, "Clear");
    private static final WindowLine LOW_E = new WindowLine("SLD-2L", "GL-LOWE6", "WHITE", 1500, 1200, 2, "Low-E");
    private static final MaterialLine SILICONE = new MaterialLine("CN-SIL", new BigDecimal("3"), "Silicone");
    private static final MaterialLine CLIPS = new MaterialLine("HW-CLIP", new BigDecimal("7"), "Clips");

    private QuotePricing price(QuoteLine... lines) {
        return engine.price(List.of(lines), workedExampleRates(), catalog());
    }

    private static void assertSameAmounts(QuotePricing actual, QuotePricing expected) {
        assertThat(List.of(actual.materials(), actual.labour(), actual.base(), actual.profit(), actual.indirect(),
                actual.discount(), actual.taxable(), actual.tax(), actual.total()))
                .isEqualTo(List.of(expected.materials(), expected.labour(), expected.base(), expected.profit(),
                        expected.indirect(), expected.discount(), expected.taxable(), expected.tax(), expected.total()));
    }

    @Test
    void theWorkedExampleIsUnchangedAndItsLinesAreRequired() {
        QuotePricing pricing = engine.price(workedExampleLines(), workedExampleRates(), catalog());

        assertThat(pricing.total()).isEqualTo(Money.of("5477.55"));
        assertThat(pricing.lines()).allSatisfy(l -> assertThat(l.option()).isEqualTo(LineOption.REQUIRED));
    }

    @Test
    void anOptionalLineLeftOutIsPricedOnItsOwnButNotInTheTotal() {
        QuotePricing pricing = price(CLEAR, SILICONE.withOption(LineOption.optional(false)));

        assertSameAmounts(pricing, price(CLEAR));
        assertThat(pricing.lines().get(0).price()).isEqualTo(price(CLEAR).lines().get(0).price());
        PricedLine optional = pricing.lines().get(1);
        assertThat(optional.included()).isFalse();
        assertThat(optional.price()).isEqualTo(price(SILICONE).taxable());
        // 240.00 cost, +25 % +15 % = 336.00, -5 % = 319.20; unit price 106.40
        assertThat(optional.price()).isEqualTo(Money.of("319.20"));
        assertThat(optional.unitPrice()).isEqualTo(Money.of("106.40"));
    }

    @Test
    void anOptionalLineTakenCountsLikeARequiredOne() {
        QuotePricing pricing = price(CLEAR, SILICONE.withOption(LineOption.optional(true)));

        assertSameAmounts(pricing, price(CLEAR, SILICONE));
        assertThat(pricing.total()).isEqualTo(Money.of("5477.55"));
        assertThat(pricing.lines()).extracting(PricedLine::price)
                .isEqualTo(price(CLEAR, SILICONE).lines().stream().map(PricedLine::price).toList());
    }

    @Test
    void onlyTheChosenAlternativeCounts() {
        QuotePricing pricing = price(SILICONE, CLEAR.withOption(LineOption.alternative("Glass", false)),
                LOW_E.withOption(LineOption.alternative("Glass", true)));

        assertSameAmounts(pricing, price(SILICONE, LOW_E));
        assertThat(pricing.lines()).extracting(PricedLine::included).containsExactly(true, false, true);
        assertThat(pricing.lines().get(1).price()).isEqualTo(price(CLEAR).taxable());
        assertThat(pricing.lines().get(2).price()).isEqualTo(price(SILICONE, LOW_E).lines().get(1).price());
        assertThat(pricing.lines().get(1).option().alternativeGroup()).isEqualTo("Glass");
    }

    @Test
    void choosingRepricesFromTheFrozenCostsExactlyAsAFreshPricing() {
        QuotePricing sent = price(SILICONE, CLEAR.withOption(LineOption.alternative("Glass", true)),
                LOW_E.withOption(LineOption.alternative("Glass", false)), CLIPS.withOption(LineOption.optional(false)));
        List<LineOption> options = LineOptions.choose(sent.lines().stream().map(PricedLine::option).toList(),
                List.of(2, 3));

        QuotePricing chosen = engine.choose(sent, options);

        QuotePricing fresh = price(SILICONE, CLEAR.withOption(LineOption.alternative("Glass", false)),
                LOW_E.withOption(LineOption.alternative("Glass", true)), CLIPS.withOption(LineOption.optional(true)));
        assertThat(chosen).isEqualTo(fresh);
        assertSameAmounts(chosen, price(SILICONE, LOW_E, CLIPS));
        assertThat(chosen.total()).isNotEqualTo(sent.total());
    }

    @Test
    void optionRulesAreCheckedNamingTheLineField() {
        List<QuoteLine> lines = new ArrayList<>(List.of(
                CLEAR,
                SILICONE.withOption(new LineOption(true, "Extras", false)),
                CLIPS.withOption(LineOption.alternative("x".repeat(LineOptions.MAX_GROUP + 1), true)),
                CLEAR.withOption(LineOption.alternative("Lonely", true)),
                CLEAR.withOption(LineOption.alternative("Glass", false)),
                LOW_E.withOption(LineOption.alternative("Glass", false)),
                CLEAR.withOption(LineOption.alternative("Frame", true)),
                LOW_E.withOption(LineOption.alternative("Frame", true))));

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> engine.price(lines, workedExampleRates(), catalog()));

        assertThat(e.errors()).extracting(FieldError::field, FieldError::message).containsExactlyInAnyOrder(
                tuple("lines[1].alternativeGroup", "an optional line cannot also be in an alternative group"),
                tuple("lines[2].alternativeGroup", "must be at most 50 characters"),
                tuple("lines[3].alternativeGroup", "alternative group 'Lonely' needs at least 2 lines"),
                tuple("lines[4].chosen", "one line of alternative group 'Glass' must be chosen"),
                tuple("lines[7].chosen", "only one line of alternative group 'Frame' may be chosen"));
    }

    @Test
    void aChoiceNamesTheChosenLinesItCannotTake() {
        List<LineOption> options = List.of(LineOption.REQUIRED, LineOption.alternative("Glass", true),
                LineOption.alternative("Glass", false), LineOption.optional(false));

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> LineOptions.choose(options, List.of(0, 9, 3)));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("chosenLines[0]", "chosenLines[1]",
                "chosenLines");
        assertThat(e.errors().get(2).message()).contains("'Glass'");
        assertThat(LineOptions.choose(options, List.of(2, 3)))
                .extracting(LineOption::included).containsExactly(true, false, true, true);
        assertThat(LineOptions.choose(options, List.of(1)))
                .extracting(LineOption::included).containsExactly(true, true, false, false);
    }

    @Test
    void aLineWithoutAnOptionIsRequired() {
        assertThat(new WindowLine("SLD-2L", "GL-CLR6", null, 1500, 1200, 1, "", null, null).option())
                .isEqualTo(LineOption.REQUIRED);
        assertThat(new LineOption(false, "  ", false)).isEqualTo(LineOption.REQUIRED);
        assertThat(new LineOption(false, " Glass ", false).alternativeGroup()).isEqualTo("Glass");
    }
}
