package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.CustomerHistory;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.testing.CustomerBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerHistoryServiceTest {
    private final ServiceTestbed bed = new ServiceTestbed();

    @Test
    void theHistoryListsQuotesWorkOrdersAcceptedValueWinRateAndLastContact() {
        Quote converted = bed.accepted(bed.sales);
        bed.clock.advance(Duration.ofHours(1));
        var conversion = bed.useCases.convertQuote().convert(bed.sales, converted.id(),
                new WorkOrderDetails(Priority.NORMAL, LocalDate.of(2026, 5, 1), "", ""), null);
        bed.clock.advance(Duration.ofHours(1));
        Quote accepted = bed.accepted(bed.admin);
        bed.clock.advance(Duration.ofHours(1));
        Quote rejected = bed.useCases.quoteLifecycle().reject(bed.sales, bed.sent(bed.sales).id(), "too dear");
        bed.clock.advance(Duration.ofHours(1));
        Quote draft = bed.draft(bed.sales);
        Customer other = CustomerBuilder.aCustomer().name("Someone Else").build();
        bed.store.transactions().run(() -> bed.store.customers().insert(other));
        bed.useCases.createQuote().create(bed.sales, new com.wqs.application.port.in.QuoteCommand(other.id(),
                bed.workedExample().lines(), ServiceTestbed.WORKED_EXAMPLE_RATES, null, ""));

        CustomerHistory all = bed.useCases.customerHistory().history(bed.admin, bed.customer.id());

        assertThat(all.customer()).isEqualTo(bed.customer);
        assertThat(all.quotes()).extracting(QuoteSummary::id)
                .containsExactly(draft.id(), rejected.id(), accepted.id(), converted.id());
        assertThat(all.workOrders()).extracting(WorkOrderSummary::id).containsExactly(conversion.workOrder().id());
        assertThat(all.acceptedValue()).isEqualTo(Money.of("10955.10"));
        assertThat(all.winRate()).contains(new BigDecimal("0.6667"));
        assertThat(all.lastContact()).contains(draft.updatedAt());

        CustomerHistory salesView = bed.useCases.customerHistory().history(bed.sales, bed.customer.id());
        assertThat(salesView.quotes()).extracting(QuoteSummary::id)
                .containsExactly(draft.id(), rejected.id(), converted.id());
        assertThat(salesView.acceptedValue()).isEqualTo(Money.of("5477.55"));
        assertThat(salesView.winRate()).contains(new BigDecimal("0.5000"));

        CustomerHistory productionView = bed.useCases.customerHistory().history(bed.production, bed.customer.id());
        assertThat(productionView.quotes()).extracting(QuoteSummary::status).doesNotContain(QuoteStatus.DRAFT)
                .hasSize(3);
        assertThat(productionView.lastContact()).contains(rejected.updatedAt());

        CustomerHistory otherSalesView = bed.useCases.customerHistory().history(bed.otherSales, bed.customer.id());
        assertThat(otherSalesView.quotes()).isEmpty();
        assertThat(otherSalesView.workOrders()).isEmpty();
        assertThat(otherSalesView.acceptedValue()).isEqualTo(Money.ZERO);
        assertThat(otherSalesView.winRate()).isEmpty();
        assertThat(otherSalesView.lastContact()).isEmpty();
    }

    @Test
    void everyQuoteCountsBeyondOnePageOfTheList() {
        for (int i = 0; i < 205; i++) {
            bed.draft(bed.sales);
        }
        CustomerHistory history = bed.useCases.customerHistory().history(bed.sales, bed.customer.id());
        assertThat(history.quotes()).hasSize(205);
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        assertThatThrownBy(() -> bed.useCases.customerHistory().history(bed.admin, CustomerId.newId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theDashboardAndTheCustomerHistoryShareOneWinRate() {
        bed.accepted(bed.sales);
        bed.useCases.quoteLifecycle().reject(bed.sales, bed.sent(bed.sales).id(), "no");
        bed.useCases.quoteLifecycle().reject(bed.sales, bed.sent(bed.sales).id(), "no");
        CustomerHistory history = bed.useCases.customerHistory().history(bed.sales, bed.customer.id());
        assertThat(history.winRate()).contains(new BigDecimal("0.3333"));
        assertThat(history.winRate()).isEqualTo(bed.useCases.statistics().statistics(bed.sales,
                com.wqs.application.port.in.GetQuoteStatisticsUseCase.Scope.ME, null, null)
                .winRate());
        assertThat(List.of(history.acceptedValue())).containsExactly(Money.of("5477.55"));
    }
}
