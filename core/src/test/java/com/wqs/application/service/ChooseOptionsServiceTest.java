package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wqs.application.port.in.GetQuoteStatisticsUseCase.Scope;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.pricing.PricingEngine;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.workorder.GlassPane;
import com.wqs.domain.workorder.MaterialRequirement;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.testing.CatalogFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The customer's choice of optional lines and alternatives on a sent quote, and what it leads to. */
class ChooseOptionsServiceTest {
    private final ServiceTestbed bed = new ServiceTestbed();

    /** 0: clear glass (chosen), 1: low-E glass, both of group "Glass"; 2: optional clips; 3: required silicone. */
    private static final List<QuoteLine> LINES = List.of(
            new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, "Clear", null,
                    LineOption.alternative("Glass", true)),
            new WindowLine("SLD-2L", "GL-LOWE6", "WHITE", 1200, 1000, 1, "Low-E", null,
                    LineOption.alternative("Glass", false)),
            new MaterialLine("HW-CLIP", new BigDecimal("10"), "Clips", LineOption.optional(false)),
            new MaterialLine("CN-SIL", new BigDecimal("3"), "Silicone"));

    private Quote sent() {
        Quote draft = bed.useCases.createQuote().create(bed.sales, bed.command(LINES));
        return bed.useCases.quoteLifecycle().send(bed.sales, draft.id());
    }

    @Test
    void aDraftIsPricedOverItsChosenLines() {
        Quote draft = bed.useCases.createQuote().create(bed.sales, bed.command(LINES));

        Quote requiredOnly = bed.useCases.createQuote().create(bed.sales, bed.command(List.of(
                LINES.get(0).withOption(LineOption.REQUIRED), LINES.get(3))));
        assertThat(draft.pricing().total()).isEqualTo(requiredOnly.pricing().total());
        assertThat(draft.lines()).extracting(QuoteLine::option).containsExactly(LINES.get(0).option(),
                LINES.get(1).option(), LINES.get(2).option(), LineOption.REQUIRED);
    }

    @Test
    void theChoiceRepricesTheSentRevisionWithItsFrozenCostsNotTodaysCatalogue() {
        Quote sent = sent();
        bed.setUnitCost("GL-LOWE6", "999.00");
        bed.setUnitCost("HW-CLIP", "50.00");

        Quote chosen = bed.useCases.chooseOptions().choose(bed.sales, sent.id(), sent.revision(), List.of(1, 2));

        assertThat(chosen.status()).isEqualTo(QuoteStatus.SENT);
        assertThat(chosen.pricing().lines()).extracting(PricedLine::included).containsExactly(false, true, true, true);
        assertThat(chosen.pricing().lines()).extracting(PricedLine::cost)
                .isEqualTo(sent.pricing().lines().stream().map(PricedLine::cost).toList());
        List<QuoteLine> asChosen = List.of(LINES.get(1).withOption(LineOption.REQUIRED),
                LINES.get(2).withOption(LineOption.REQUIRED), LINES.get(3));
        assertThat(chosen.pricing().total()).isEqualTo(new PricingEngine().price(asChosen,
                sent.pricing().rates(), CatalogFixtures.catalog()).total());
        assertThat(chosen.latestRevision().orElseThrow().pricing()).isEqualTo(chosen.pricing());
        assertThat(chosen.lines()).extracting(l -> l.option().included()).containsExactly(false, true, true, true);
        assertThat(chosen.version()).isEqualTo(sent.version() + 1);
    }

    @Test
    void statisticsCountTheChosenTotal() {
        Quote sent = sent();
        Quote chosen = bed.useCases.chooseOptions().choose(bed.sales, sent.id(), sent.revision(), List.of(1, 2));

        assertThat(bed.useCases.statistics().statistics(bed.sales, Scope.ME, null, null).totalValue())
                .isEqualTo(chosen.pricing().total());
    }

    @Test
    void anAcceptedQuotesWorkOrderHoldsOnlyTheChosenLines() {
        Quote sent = sent();
        bed.useCases.chooseOptions().choose(bed.sales, sent.id(), sent.revision(), List.of(1));
        Quote accepted = bed.useCases.quoteLifecycle().accept(bed.sales, sent.id());

        WorkOrder workOrder = bed.useCases.convertQuote().convert(bed.sales, accepted.id(), null, null).workOrder();

        assertThat(workOrder.lines()).extracting(PricedLine::description).containsExactly("Low-E", "Silicone");
        assertThat(workOrder.materials().materials()).extracting(MaterialRequirement::materialCode)
                .contains("GL-LOWE6", "CN-SIL").doesNotContain("GL-CLR6", "HW-CLIP");
        assertThat(workOrder.materials().glassPanes()).extracting(GlassPane::widthMm, GlassPane::heightMm)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1200, 1000));
        assertThatThrownBy(() -> bed.useCases.chooseOptions().choose(bed.sales, sent.id(), sent.revision(), List.of(0)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("CONVERTED");
    }

    @Test
    void aBadChoiceNamesItsFieldAndChangesNothing() {
        Quote sent = sent();

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> bed.useCases.chooseOptions().choose(bed.sales, sent.id(), sent.revision(), List.of(0, 1, 3, 7)));

        assertThat(e.errors()).extracting(FieldError::field)
                .containsExactly("chosenLines[2]", "chosenLines[3]", "chosenLines");
        assertThat(bed.reload(sent).version()).isEqualTo(sent.version());
    }

    @Test
    void onlyASentQuoteAtThatRevisionTakesAChoice() {
        Quote draft = bed.useCases.createQuote().create(bed.sales, bed.command(LINES));
        assertThatThrownBy(() -> bed.useCases.chooseOptions().choose(bed.sales, draft.id(), 1, List.of(0)))
                .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("quote.not_sent");
        Quote sent = bed.useCases.quoteLifecycle().send(bed.sales, draft.id());
        assertThatThrownBy(() -> bed.useCases.chooseOptions().choose(bed.sales, sent.id(), 2, List.of(0)))
                .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("quote.revision_changed");
    }

    @Test
    void onlyTheOwnerOrAnAdminChooses() {
        Quote sent = sent();

        assertThatThrownBy(() -> bed.useCases.chooseOptions().choose(bed.otherSales, sent.id(), 1, List.of(0)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.useCases.chooseOptions().choose(bed.production, sent.id(), 1, List.of(0)))
                .isInstanceOfAny(ForbiddenException.class, NotFoundException.class);
        assertThat(bed.useCases.chooseOptions().choose(bed.admin, sent.id(), 1, List.of(1)).pricing().lines())
                .extracting(PricedLine::included).containsExactly(false, true, false, true);
    }
}
