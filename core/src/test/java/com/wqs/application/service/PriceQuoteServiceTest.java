package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.PriceQuoteUseCase.PricingCheck;
import com.wqs.application.port.in.PriceQuoteUseCase.PricingRequest;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.domain.layout.LayoutNotation;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.ValidationException;
import com.wqs.testing.CatalogFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceQuoteServiceTest {
    private final ServiceTestbed bed = new ServiceTestbed();

    @Test
    void pricesTheWorkedExampleWithoutStoringAnything() {
        QuotePricing pricing = bed.useCases.priceQuote()
                .price(bed.sales, CatalogFixtures.workedExampleLines(), ServiceTestbed.WORKED_EXAMPLE_RATES);

        assertThat(pricing.materials()).isEqualTo(Money.of("3269.60"));
        assertThat(pricing.labour()).isEqualTo(Money.of("280.80"));
        assertThat(pricing.discount()).isEqualTo(Money.of("248.53"));
        assertThat(pricing.taxable()).isEqualTo(Money.of("4722.03"));
        assertThat(pricing.tax()).isEqualTo(Money.of("755.52"));
        assertThat(pricing.total()).isEqualTo(Money.of("5477.55"));
        assertThat(bed.useCases.findQuotes().list(bed.admin, QuoteSearch.all(), PageRequest.FIRST).total()).isZero();
    }

    @Test
    void aCellsOwnGlassAndTheProductsDefaultCellGlassAreReadForPricing() {
        bed.store.transactions().run(() -> bed.store.products().insert(CatalogFixtures.CAS_FIX));
        List<QuoteLine> lines = List.of(new WindowLine("CAS-FIX", "GL-CLR6", null, 1200, 1400, 1, null,
                LayoutNotation.parse("V(600)[FIX:GL-LOWE6,CR]", "lines[0].layout")));

        QuotePricing pricing = bed.useCases.priceQuote().price(bed.admin, lines, ServiceTestbed.WORKED_EXAMPLE_RATES);

        assertThat(pricing.lines().get(0).materials()).extracting(u -> u.materialCode())
                .contains("GL-LOWE6", "GL-CLR6");
    }

    @Test
    void aLabourOverrideReplacesTheRateAndItsComplexity() {
        RatesCommand override = new RatesCommand(null, null, null, null, null, new BigDecimal("100.00"));

        QuotePricing pricing = bed.useCases.priceQuote()
                .price(bed.admin, List.of(new WindowLine("SLD-2L", "GL-CLR6", null, 1500, 1200, 1, null)), override);

        assertThat(pricing.labour()).isEqualTo(Money.of("180.00")); // 1.8 m² × 100.00 × 1
    }

    @Test
    void badRatesAndBadLinesAreReportedTogether() {
        RatesCommand badRates = new RatesCommand(null, new BigDecimal("-1"), null, null, null, null);
        List<QuoteLine> badLines = List.of(new MaterialLine("CN-SIL", new BigDecimal("0"), null),
                new WindowLine("NOPE", "GL-CLR6", null, 1000, 1000, 1, null));

        assertThatThrownBy(() -> bed.useCases.priceQuote().price(bed.sales, badLines, badRates))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("rates.indirectRate", "lines[0].quantity", "lines[1].productCode"));
    }

    @Test
    void priceAllGivesForEachQuoteWhatPriceGivesOrThrows() {
        List<QuoteLine> fixed = List.of(new WindowLine("FIX-1", "GL-LOWE6", null, 1000, 1100, 3, null));
        List<QuoteLine> tooNarrow = List.of(new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 500, 1200, 1, null),
                new MaterialLine("NOPE", BigDecimal.ONE, null));
        RatesCommand badRates = new RatesCommand(null, null, new BigDecimal("2"), null, null, null);

        List<PricingCheck> checks = bed.useCases.priceQuote().priceAll(bed.sales, List.of(
                new PricingRequest(CatalogFixtures.workedExampleLines(), ServiceTestbed.WORKED_EXAMPLE_RATES),
                new PricingRequest(tooNarrow, null),
                new PricingRequest(fixed, null),
                new PricingRequest(fixed, badRates)));

        assertThat(checks).extracting(PricingCheck::valid).containsExactly(true, false, true, false);
        assertThat(checks.get(0).pricing()).isEqualTo(bed.useCases.priceQuote()
                .price(bed.sales, CatalogFixtures.workedExampleLines(), ServiceTestbed.WORKED_EXAMPLE_RATES));
        assertThat(checks.get(0).pricing().total()).isEqualTo(Money.of("5477.55"));
        assertThat(checks.get(2).pricing()).isEqualTo(bed.useCases.priceQuote().price(bed.sales, fixed, null));
        for (int i : new int[] {1, 3}) {
            PricingRequest request = i == 1 ? new PricingRequest(tooNarrow, null) : new PricingRequest(fixed, badRates);
            assertThatThrownBy(() -> bed.useCases.priceQuote().price(bed.sales, request.lines(), request.rates()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(checks.get(i).error().errors())
                            .isNotEmpty().isEqualTo(e.errors()));
        }
        assertThat(checks.get(1).error().errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("lines[0].widthMm", "lines[1].materialCode");
        assertThatThrownBy(() -> bed.useCases.priceQuote().priceAll(bed.production, List.of()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void productionDoesNotPriceQuotes() {
        assertThatThrownBy(() -> bed.useCases.priceQuote().price(bed.production, CatalogFixtures.workedExampleLines(), null))
                .isInstanceOf(ForbiddenException.class);
    }
}
