package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.ConvertQuoteToWorkOrderUseCase.Conversion;
import com.wqs.application.port.in.ConvertQuoteToWorkOrderUseCase.Outcome;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.UnprocessableException;
import com.wqs.domain.workorder.GlassPane;
import com.wqs.domain.workorder.MaterialRequirement;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConvertQuoteToWorkOrderServiceTest {
    private static final WorkOrderDetails DETAILS =
            new WorkOrderDetails(Priority.HIGH, LocalDate.of(2026, 4, 20), "Use the new saw", "Call before");

    private final ServiceTestbed bed = new ServiceTestbed();

    @Test
    void anAcceptedQuoteBecomesAPendingWorkOrderAndIsMarkedConverted() {
        Quote accepted = bed.accepted(bed.sales);

        Conversion conversion = bed.useCases.convertQuote().convert(bed.sales, accepted.id(), DETAILS, null);

        assertThat(conversion.outcome()).isEqualTo(Outcome.CREATED);
        WorkOrder workOrder = conversion.workOrder();
        assertThat(workOrder.number()).isEqualTo("WO-2026-00001");
        assertThat(workOrder.status()).isEqualTo(WorkOrderStatus.PENDING);
        assertThat(workOrder.quoteId()).isEqualTo(accepted.id());
        assertThat(workOrder.quoteNumber()).isEqualTo(accepted.number());
        assertThat(workOrder.quoteOwnerId()).isEqualTo(bed.sales.userId());
        assertThat(workOrder.createdBy()).isEqualTo(bed.sales.userId());
        assertThat(workOrder.customer()).isEqualTo(bed.customer);
        assertThat(workOrder.lines()).isEqualTo(accepted.latestRevision().orElseThrow().pricing().lines());
        assertThat(workOrder.details()).isEqualTo(DETAILS);
        assertThat(workOrder.materials().materials()).extracting(MaterialRequirement::materialCode)
                .contains("PRF-TOP", "PRF-JAMB", "HW-ROLL", "CN-SIL");
        assertThat(workOrder.materials().glassPanes()).extracting(GlassPane::widthMm, GlassPane::heightMm, GlassPane::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1500, 1200, 2));
        Quote converted = bed.reload(accepted);
        assertThat(converted.status()).isEqualTo(QuoteStatus.CONVERTED);
        assertThat(converted.history().get(converted.history().size() - 1).note()).contains("WO-2026-00001");
    }

    @Test
    void convertingAgainReturnsTheSameWorkOrder() {
        Quote accepted = bed.accepted(bed.sales);
        WorkOrder first = bed.useCases.convertQuote().convert(bed.sales, accepted.id(), DETAILS, null).workOrder();

        Conversion again = bed.useCases.convertQuote().convert(bed.admin, accepted.id(), null, null);

        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_CONVERTED);
        assertThat(again.workOrder().id()).isEqualTo(first.id());
        assertThat(workOrderCount()).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameKeyAndRequestIsAReplay() {
        Quote accepted = bed.accepted(bed.sales);
        WorkOrder first = bed.useCases.convertQuote().convert(bed.sales, accepted.id(), DETAILS, "key-1").workOrder();

        Conversion retry = bed.useCases.convertQuote().convert(bed.sales, accepted.id(), DETAILS, "key-1");

        assertThat(retry.outcome()).isEqualTo(Outcome.REPLAYED);
        assertThat(retry.workOrder().id()).isEqualTo(first.id());
        assertThat(workOrderCount()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentRequestIsUnprocessable() {
        Quote accepted = bed.accepted(bed.sales);
        Quote another = bed.accepted(bed.sales);
        bed.useCases.convertQuote().convert(bed.sales, accepted.id(), DETAILS, "key-1");
        WorkOrderDetails otherDetails = new WorkOrderDetails(Priority.LOW, null, null, null);

        assertThatThrownBy(() -> bed.useCases.convertQuote().convert(bed.sales, accepted.id(), otherDetails, "key-1"))
                .isInstanceOf(UnprocessableException.class);
        assertThatThrownBy(() -> bed.useCases.convertQuote().convert(bed.sales, another.id(), DETAILS, "key-1"))
                .isInstanceOf(UnprocessableException.class);
        assertThat(bed.reload(another).status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(workOrderCount()).isEqualTo(1);
    }

    @Test
    void onlyAcceptedQuotesAreConverted() {
        for (Quote quote : List.of(bed.draft(bed.sales), bed.sent(bed.sales))) {
            assertThatThrownBy(() -> bed.useCases.convertQuote().convert(bed.sales, quote.id(), DETAILS, null))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.code()).isEqualTo("quote.not_accepted"));
        }
        assertThat(workOrderCount()).isZero();
    }

    @Test
    void onlyTheOwnerOrAnAdminConverts() {
        Quote accepted = bed.accepted(bed.sales);

        assertThatThrownBy(() -> bed.useCases.convertQuote().convert(bed.otherSales, accepted.id(), DETAILS, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.useCases.convertQuote().convert(bed.production, accepted.id(), DETAILS, null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(workOrderCount()).isZero();
        assertThat(bed.useCases.convertQuote().convert(bed.admin, accepted.id(), DETAILS, null).outcome())
                .isEqualTo(Outcome.CREATED);
    }

    @Test
    void eightConcurrentConversionsCreateExactlyOneWorkOrder() throws Exception {
        Quote accepted = bed.accepted(bed.sales);

        List<Conversion> results = convertConcurrently(8, () ->
                bed.useCases.convertQuote().convert(bed.sales, accepted.id(), DETAILS, null));

        assertThat(workOrderCount()).isEqualTo(1);
        assertThat(results).filteredOn(c -> c.outcome() == Outcome.CREATED).hasSize(1);
        assertThat(results).filteredOn(c -> c.outcome() == Outcome.ALREADY_CONVERTED).hasSize(7);
        assertThat(results).extracting(c -> c.workOrder().id()).containsOnly(results.get(0).workOrder().id());
        assertThat(bed.reload(accepted).status()).isEqualTo(QuoteStatus.CONVERTED);
    }

    @Test
    void eightConcurrentRetriesWithOneKeyCreateOneWorkOrderAndReplayIt() throws Exception {
        Quote accepted = bed.accepted(bed.sales);

        List<Conversion> results = convertConcurrently(8, () ->
                bed.useCases.convertQuote().convert(bed.sales, accepted.id(), DETAILS, "retry-key"));

        assertThat(workOrderCount()).isEqualTo(1);
        assertThat(results).filteredOn(c -> c.outcome() == Outcome.CREATED).hasSize(1);
        assertThat(results).filteredOn(c -> c.outcome() == Outcome.REPLAYED).hasSize(7);
    }

    @Test
    void losingARaceToTheUniqueConstraintReturnsTheWinnersWorkOrder() {
        Quote accepted = bed.accepted(bed.sales);
        ConvertQuoteToWorkOrderService late = new ConvertQuoteToWorkOrderService(new StaleReadsStore(bed.store, accepted), bed.clock);
        WorkOrder winner = bed.useCases.convertQuote().convert(bed.admin, accepted.id(), DETAILS, null).workOrder();

        Conversion loser = late.convert(bed.sales, accepted.id(), DETAILS, null);

        assertThat(loser.outcome()).isEqualTo(Outcome.ALREADY_CONVERTED);
        assertThat(loser.workOrder().id()).isEqualTo(winner.id());
        assertThat(workOrderCount()).isEqualTo(1);
    }

    @Test
    void losingARaceWithTheSameKeyIsAReplay() {
        Quote accepted = bed.accepted(bed.sales);
        ConvertQuoteToWorkOrderService late = new ConvertQuoteToWorkOrderService(new StaleReadsStore(bed.store, accepted), bed.clock);
        WorkOrder winner = bed.useCases.convertQuote().convert(bed.sales, accepted.id(), DETAILS, "key-9").workOrder();

        Conversion loser = late.convert(bed.sales, accepted.id(), DETAILS, "key-9");

        assertThat(loser.outcome()).isEqualTo(Outcome.REPLAYED);
        assertThat(loser.workOrder().id()).isEqualTo(winner.id());
    }

    private List<Conversion> convertConcurrently(int threads, Callable<Conversion> conversion) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Conversion>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return conversion.call();
                }));
            }
            start.countDown();
            List<Conversion> results = new ArrayList<>();
            for (Future<Conversion> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private long workOrderCount() {
        return bed.useCases.workOrders().list(bed.admin, WorkOrderSearch.all(), PageRequest.FIRST).total();
    }
}
