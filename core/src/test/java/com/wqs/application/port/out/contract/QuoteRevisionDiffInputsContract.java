package com.wqs.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.layout.LayoutNotation;
import com.wqs.domain.pricing.MaterialUsage;
import com.wqs.domain.pricing.PricingCatalog;
import com.wqs.domain.pricing.PricingEngine;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.pricing.RevisionDiff;
import com.wqs.domain.pricing.RevisionDiffer;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.Rate;
import com.wqs.domain.user.User;
import com.wqs.testing.CatalogFixtures;
import com.wqs.testing.SettingsBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the revision diff reads, as the quote store gives it back: every sent revision with its frozen
 * lines (kind, code, the requested fields, layout), their material usages (code, colour, unit cost), its
 * rates (the labour override included) and totals; and the quote's current lines and pricing. A diff over
 * the stored quote equals the diff over the quote before it was stored.
 */
public abstract class QuoteRevisionDiffInputsContract extends StoreContract {
    private static final PricingCatalog CATALOG = CatalogFixtures.catalogWithLayouts();
    private final PricingEngine engine = new PricingEngine();

    @Test
    void sentRevisionsReadBackWithEverythingTheDiffNeeds() {
        Quote quote = sentRevisedAndSentAgain();

        Quote stored = store.quotes().findById(quote.id()).orElseThrow();

        assertThat(stored.revisions()).extracting(QuoteRevision::revision).containsExactly(1, 2);
        for (int n = 1; n <= 2; n++) {
            QuotePricing expected = quote.revision(n).orElseThrow().pricing();
            QuotePricing actual = stored.revision(n).orElseThrow().pricing();
            assertSameContent(actual.rates(), expected.rates());
            assertThat(actual.total()).isEqualTo(expected.total());
            assertThat(actual.lines()).hasSameSizeAs(expected.lines());
            for (int i = 0; i < expected.lines().size(); i++) {
                var want = expected.lines().get(i);
                var got = actual.lines().get(i);
                assertThat(List.of(got.kind(), got.code(), got.description())).isEqualTo(
                        List.of(want.kind(), want.code(), want.description()));
                assertThat(got.glassCode()).isEqualTo(want.glassCode());
                assertThat(got.colour()).isEqualTo(want.colour());
                assertThat(got.widthMm()).isEqualTo(want.widthMm());
                assertThat(got.heightMm()).isEqualTo(want.heightMm());
                assertThat(got.quantity()).isEqualByComparingTo(want.quantity());
                assertThat(got.price()).isEqualTo(want.price());
                assertThat(got.layout() == null ? null : got.layout().notation())
                        .isEqualTo(want.layout() == null ? null : want.layout().notation());
                assertThat(got.materials()).hasSameSizeAs(want.materials());
                for (int k = 0; k < want.materials().size(); k++) {
                    MaterialUsage wantUsage = want.materials().get(k);
                    MaterialUsage gotUsage = got.materials().get(k);
                    assertThat(gotUsage.key()).isEqualTo(wantUsage.key());
                    assertThat(gotUsage.unitCost()).isEqualByComparingTo(wantUsage.unitCost());
                }
            }
        }
        assertThat(stored.revision(1).orElseThrow().pricing().rates().laborRateOverride())
                .isEqualByComparingTo("70.5");
        assertThat(stored.revision(2).orElseThrow().pricing().rates().laborRateOverride()).isNull();
        assertThat(stored.lines()).isEqualTo(quote.lines());
    }

    @Test
    void theDiffOverTheStoredQuoteEqualsTheDiffBeforeStoring() {
        Quote quote = sentRevisedAndSentAgain();
        Quote stored = store.quotes().findById(quote.id()).orElseThrow();

        RevisionDiff expected = diff(quote);
        RevisionDiff actual = diff(stored);

        assertSameContent(actual, expected);
        assertThat(actual.changed()).isNotEmpty();
        assertThat(actual.added()).isNotEmpty();
        assertThat(actual.removed()).isNotEmpty();
        assertThat(actual.rates()).extracting(RevisionDiff.FieldChange::field)
                .containsExactly("discountRate", "laborRateOverride");
        RevisionDiff.Totals totals = actual.totals();
        assertThat(totals.linesEffect().plus(totals.ratesEffect()).plus(totals.catalogueEffect()))
                .isEqualTo(totals.change());
        assertThat(totals.previous()).isEqualTo(quote.revision(1).orElseThrow().pricing().total());
        assertThat(totals.current()).isEqualTo(quote.pricing().total());
    }

    private RevisionDiff diff(Quote quote) {
        return new RevisionDiffer().compare(quote.revision(1).orElseThrow(), quote.revision(), false, quote.lines(),
                quote.pricing(), CATALOG);
    }

    /**
     * Revision 1: a laid-out casement in WHITE with a labour override, a slider and a material line; revision
     * 2: the casement wider with another layout, the slider gone, a new fixed window, no override, 5 % off.
     */
    private Quote sentRevisedAndSentAgain() {
        User owner = givenUser();
        Customer customer = givenCustomer();
        Settings settings = SettingsBuilder.aSettings().build();
        List<QuoteLine> first = List.of(
                new WindowLine("CAS-FIX", "GL-CLR6", "WHITE", 1500, 1200, 2, "Kitchen",
                        LayoutNotation.parse("V(600)[FIX,CR]", "layout")),
                new WindowLine("SLD-2L", "GL-LOWE6", "WHITE", 2000, 1400, 1, null),
                new MaterialLine("GS-EPDM", new BigDecimal("12.5"), "Spare gasket"));
        QuoteRates firstRates = new QuoteRates(Rate.of("0.25"), Rate.of("0.15"), Rate.ZERO, Rate.of("0.16"),
                Rate.of("0.05"), new BigDecimal("70.5"));
        Quote quote = Quote.newDraft(QuoteId.newId(), "Q-2026-00042", owner.id(), customer.id(), first,
                engine.price(first, firstRates, CATALOG), LocalDate.of(2026, 4, 1), "", NOW);
        store.quotes().insert(quote);
        quote = store.quotes().findById(quote.id()).orElseThrow();
        quote.send(customer, settings, LocalDate.of(2026, 4, 1), owner.id(), NOW.plus(Duration.ofMinutes(1)));
        store.quotes().update(quote);
        quote = store.quotes().findById(quote.id()).orElseThrow();
        quote.revise(owner.id(), NOW.plus(Duration.ofMinutes(2)));
        List<QuoteLine> second = List.of(
                new WindowLine("CAS-FIX", "GL-CLR6", "WHITE", 1800, 1200, 2, "Kitchen",
                        LayoutNotation.parse("V(700)[CL,FIX]", "layout")),
                new MaterialLine("GS-EPDM", new BigDecimal("12.5"), "Spare gasket"),
                new WindowLine("FIX-1", "GL-CLR6", null, 900, 900, 3, null));
        QuoteRates secondRates = new QuoteRates(Rate.of("0.25"), Rate.of("0.15"), Rate.of("0.05"), Rate.of("0.16"),
                Rate.of("0.05"), null);
        quote.edit(customer.id(), second, engine.price(second, secondRates, CATALOG), LocalDate.of(2026, 4, 20), "",
                NOW.plus(Duration.ofMinutes(3)));
        quote.send(customer, settings, LocalDate.of(2026, 4, 20), owner.id(), NOW.plus(Duration.ofMinutes(4)));
        store.quotes().update(quote);
        assertThat(Money.ZERO).isNotEqualTo(quote.pricing().total());
        return quote;
    }
}
