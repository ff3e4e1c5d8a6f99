package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.user.Actor;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkOrderServiceTest {
    private final ServiceTestbed bed = new ServiceTestbed();
    private final WorkOrder salesOrder = convert(bed.sales);
    private final WorkOrder otherSalesOrder = convert(bed.otherSales);

    @Test
    void productionMovesAWorkOrderThroughToDelivery() {
        WorkOrderStatus[] path = {WorkOrderStatus.MATERIALS_ORDERED, WorkOrderStatus.MATERIALS_RECEIVED,
                WorkOrderStatus.IN_PRODUCTION, WorkOrderStatus.QUALITY_CHECK, WorkOrderStatus.READY_FOR_DELIVERY,
                WorkOrderStatus.DELIVERED};
        WorkOrder current = salesOrder;
        for (WorkOrderStatus next : path) {
            bed.clock.advance(Duration.ofDays(1));
            current = bed.useCases.workOrders().changeStatus(bed.production, salesOrder.id(), next, "step " + next);
        }

        assertThat(current.status()).isEqualTo(WorkOrderStatus.DELIVERED);
        assertThat(current.completedAt()).contains(bed.clock.instant());
        List<StatusChange<WorkOrderStatus>> history = bed.useCases.workOrders().history(bed.sales, salesOrder.id());
        assertThat(history).hasSize(path.length + 1);
        assertThat(history.get(path.length).by()).isEqualTo(bed.production.userId().value());
        assertThat(history.get(path.length).note()).isEqualTo("step DELIVERED");
    }

    @Test
    void aSkippedStepIsAConflict() {
        assertThatThrownBy(() -> bed.useCases.workOrders()
                .changeStatus(bed.production, salesOrder.id(), WorkOrderStatus.DELIVERED, null))
                .isInstanceOf(ConflictException.class);
        assertThat(bed.useCases.workOrders().get(bed.admin, salesOrder.id()).status()).isEqualTo(WorkOrderStatus.PENDING);
    }

    @Test
    void adminAndProductionChangeDetails() {
        WorkOrderDetails details = new WorkOrderDetails(Priority.URGENT, LocalDate.of(2026, 5, 1), "notes", "gate code 42");

        assertThat(bed.useCases.workOrders().update(bed.production, salesOrder.id(), details).details()).isEqualTo(details);
        assertThat(bed.useCases.workOrders().update(bed.admin, otherSalesOrder.id(), details).details()).isEqualTo(details);
    }

    @Test
    void salesReadTheirOwnWorkOrdersOnlyAndChangeNothing() {
        WorkOrderDetails details = new WorkOrderDetails(Priority.LOW, null, null, null);

        assertThat(bed.useCases.workOrders().get(bed.sales, salesOrder.id()).id()).isEqualTo(salesOrder.id());
        assertThat(bed.useCases.workOrders().materials(bed.sales, salesOrder.id())).isEqualTo(salesOrder.materials()
                .withCutList(bed.useCases.workOrders().cutList(bed.sales, List.of(salesOrder.id()),
                        bed.useCases.settings().get(bed.sales).cutting())));
        assertThatThrownBy(() -> bed.useCases.workOrders().get(bed.sales, otherSalesOrder.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.useCases.workOrders().materials(bed.sales, otherSalesOrder.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.useCases.workOrders()
                .changeStatus(bed.sales, salesOrder.id(), WorkOrderStatus.MATERIALS_ORDERED, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> bed.useCases.workOrders().update(bed.sales, salesOrder.id(), details))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> bed.useCases.workOrders()
                .changeStatus(bed.sales, otherSalesOrder.id(), WorkOrderStatus.MATERIALS_ORDERED, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.useCases.workOrders().get(bed.admin, salesOrder.id()).version()).isEqualTo(salesOrder.version());
    }

    @Test
    void listsAreLimitedToWhatEachActorMaySee() {
        assertThat(listed(bed.admin)).containsExactlyInAnyOrder(salesOrder.id(), otherSalesOrder.id());
        assertThat(listed(bed.production)).containsExactlyInAnyOrder(salesOrder.id(), otherSalesOrder.id());
        assertThat(listed(bed.sales)).containsExactly(salesOrder.id());
        assertThat(listed(bed.otherSales)).containsExactly(otherSalesOrder.id());
        assertThat(bed.useCases.workOrders()
                .list(bed.sales, WorkOrderSearch.all().withQuoteOwner(bed.otherSales.userId()), PageRequest.FIRST)
                .items()).isEmpty();
    }

    @Test
    void anUnknownWorkOrderIsNotFound() {
        assertThatThrownBy(() -> bed.useCases.workOrders().get(bed.admin, WorkOrderId.newId()))
                .isInstanceOf(NotFoundException.class);
    }

    private Set<WorkOrderId> listed(Actor actor) {
        return bed.useCases.workOrders().list(actor, WorkOrderSearch.all(), PageRequest.FIRST).items().stream()
                .map(WorkOrderSummary::id)
                .collect(Collectors.toSet());
    }

    private WorkOrder convert(Actor owner) {
        return bed.useCases.convertQuote().convert(owner, bed.accepted(owner).id(), null, null).workOrder();
    }
}
