package com.wqs.testing;

import static com.wqs.testing.PricingBuilder.aPricing;
import static com.wqs.testing.QuoteBuilder.aQuote;
import static com.wqs.testing.WorkOrderBuilder.aWorkOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.Rate;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The builders make aggregates the domain could have made: consistent pricing and legal histories. */
class BuildersTest {
    private static final List<QuoteLine> THREE_LINES = List.of(
            new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, ""),
            new MaterialLine("CN-SIL", new BigDecimal("3"), ""),
            new WindowLine("FIX-1", "GL-LOWE6", null, 600, 600, 1, ""));

    static Stream<Arguments> pricings() {
        QuoteRates discounted = new QuoteRates(Rate.of("0.3"), Rate.of("0.125"), Rate.of("0.05"), Rate.of("0.16"),
                Rate.of("0.05"), new BigDecimal("70"));
        return Stream.of("0.00", "0.01", "0.99", "1000.00", "5477.55", "98765432.10").flatMap(total -> Stream.of(
                Arguments.of(total, PricingBuilder.defaultRates(), PricingBuilder.defaultLines()),
                Arguments.of(total, discounted, THREE_LINES),
                Arguments.of(total, discounted, List.of(new MaterialLine("HW-ROLL", new BigDecimal("0.5"), "")))));
    }

    @ParameterizedTest
    @MethodSource("pricings")
    void pricingAddsUpToTheCent(String total, QuoteRates rates, List<QuoteLine> lines) {
        QuotePricing pricing = aPricing().total(total).rates(rates).lines(lines).build();

        assertThat(pricing.total()).isEqualTo(Money.of(total));
        assertThat(pricing.base()).isEqualTo(pricing.materials().plus(pricing.labour()));
        assertThat(pricing.taxable()).isEqualTo(
                pricing.base().plus(pricing.profit()).plus(pricing.indirect()).minus(pricing.discount()));
        assertThat(pricing.total()).isEqualTo(pricing.taxable().plus(pricing.tax()));
        assertThat(sum(pricing.lines().stream().map(PricedLine::cost))).isEqualTo(pricing.base());
        assertThat(sum(pricing.lines().stream().map(PricedLine::price))).isEqualTo(pricing.taxable());
        assertThat(sum(pricing.lines().stream().map(PricedLine::labour))).isEqualTo(pricing.labour());
        assertThat(pricing.lines()).hasSameSizeAs(lines).allSatisfy(line -> {
            assertThat(line.cost()).isEqualTo(line.materialCost().plus(line.labour()));
            assertThat(line.cost().isNegative()).isFalse();
        });
        assertThat(List.of(pricing.profit(), pricing.indirect(), pricing.discount(), pricing.tax()))
                .noneMatch(Money::isNegative);
        assertThat(pricing.rates()).isEqualTo(rates);
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.00", "5477.55"})
    void pricingIsCloseToItsRates(String total) {
        QuotePricing pricing = aPricing().total(total).build();

        assertThat(pricing.profit().amount())
                .isCloseTo(pricing.base().amount().multiply(new BigDecimal("0.25")), within("0.02"));
        assertThat(pricing.tax().amount())
                .isCloseTo(pricing.taxable().amount().multiply(new BigDecimal("0.16")), within("0.02"));
    }

    @ParameterizedTest
    @EnumSource(QuoteStatus.class)
    void quoteHistoryIsALegalWalkToItsStatus(QuoteStatus status) {
        Quote quote = aQuote().status(status).revision(3).build();

        QuoteStatus at = QuoteStatus.DRAFT;
        for (StatusChange<QuoteStatus> change : quote.history()) {
            assertThat(change.from()).isEqualTo(at);
            assertThat(at.canMoveTo(change.to())).as("%s -> %s", at, change.to()).isTrue();
            assertThat(change.at()).isAfter(quote.createdAt());
            at = change.to();
        }
        assertThat(at).isEqualTo(status);
        assertThat(quote.revision()).isEqualTo(3);
        assertThat(quote.updatedAt()).isEqualTo(quote.history().get(quote.history().size() - 1).at());
        boolean sentNow = status != QuoteStatus.DRAFT && status != QuoteStatus.CANCELLED;
        assertThat(quote.revisions()).extracting(QuoteRevision::revision)
                .containsExactlyElementsOf(sentNow ? List.of(1, 2, 3) : List.of(1, 2));
        assertThat(quote.rejectionReason().isPresent()).isEqualTo(status == QuoteStatus.REJECTED);
    }

    @ParameterizedTest
    @EnumSource(WorkOrderStatus.class)
    void workOrderHistoryIsALegalWalkToItsStatus(WorkOrderStatus status) {
        Quote quote = aQuote().accepted().build();
        WorkOrder workOrder = aWorkOrder().forQuote(quote).status(status).build();

        assertThat(workOrder.history().get(0).from()).isNull();
        WorkOrderStatus at = WorkOrderStatus.PENDING;
        for (StatusChange<WorkOrderStatus> change : workOrder.history().subList(1, workOrder.history().size())) {
            assertThat(change.from()).isEqualTo(at);
            assertThat(at.canMoveTo(change.to())).as("%s -> %s", at, change.to()).isTrue();
            at = change.to();
        }
        assertThat(at).isEqualTo(status);
        assertThat(workOrder.completedAt().isPresent()).isEqualTo(status == WorkOrderStatus.DELIVERED);
        assertThat(workOrder.quoteId()).isEqualTo(quote.id());
        assertThat(workOrder.quoteNumber()).isEqualTo(quote.number());
        assertThat(workOrder.quoteOwnerId()).isEqualTo(quote.ownerId());
        assertThat(workOrder.customer()).isEqualTo(quote.latestRevision().orElseThrow().customer());
        assertThat(workOrder.lines()).isEqualTo(quote.pricing().lines());
        assertThat(workOrder.materials().glassPanes()).hasSize(1);
    }

    private static Money sum(Stream<Money> amounts) {
        return amounts.reduce(Money.ZERO, Money::plus);
    }

    private static Offset<BigDecimal> within(String amount) {
        return Offset.offset(new BigDecimal(amount));
    }
}
