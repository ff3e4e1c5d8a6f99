package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.in.ProductionOverview;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.user.Actor;
import com.wqs.domain.workorder.MaterialRequirement;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionOverviewServiceTest {
    private final ServiceTestbed bed = new ServiceTestbed();
    /** START is Tuesday 2026-03-10 (UTC, the settings' zone): this week ends on Sunday the 15th. */
    private final LocalDate today = LocalDate.of(2026, 3, 10);

    @Test
    void productionSeesEveryWorkOrderByStatusTheLateTheDueAndTheNextDeliveriesAndWhatToOrder() {
        WorkOrder late = order(bed.sales, today.minusDays(2), WorkOrderStatus.IN_PRODUCTION);
        WorkOrder dueSunday = order(bed.sales, LocalDate.of(2026, 3, 15), WorkOrderStatus.PENDING);
        WorkOrder dueToday = order(bed.otherSales, today, WorkOrderStatus.READY_FOR_DELIVERY);
        WorkOrder nextMonth = order(bed.otherSales, today.plusDays(30), WorkOrderStatus.PENDING);
        WorkOrder undated = order(bed.sales, null, WorkOrderStatus.PENDING);
        order(bed.sales, today.minusDays(5), WorkOrderStatus.DELIVERED);
        order(bed.otherSales, today.plusDays(1), WorkOrderStatus.CANCELLED);

        ProductionOverview overview = bed.useCases.productionOverview().overview(bed.production);

        assertThat(overview.today()).isEqualTo(today);
        assertThat(overview.weekEnd()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(overview.byStatus()).containsExactly(
                entry(WorkOrderStatus.PENDING, 3), entry(WorkOrderStatus.MATERIALS_ORDERED, 0),
                entry(WorkOrderStatus.MATERIALS_RECEIVED, 0), entry(WorkOrderStatus.IN_PRODUCTION, 1),
                entry(WorkOrderStatus.QUALITY_CHECK, 0), entry(WorkOrderStatus.READY_FOR_DELIVERY, 1),
                entry(WorkOrderStatus.DELIVERED, 1), entry(WorkOrderStatus.CANCELLED, 1));
        assertThat(overview.open()).isEqualTo(5);
        assertThat(ids(overview.overdue())).containsExactly(late.number());
        assertThat(ids(overview.dueThisWeek())).containsExactly(dueToday.number(), dueSunday.number());
        assertThat(ids(overview.nextDeliveries())).containsExactly(dueToday.number(), dueSunday.number(),
                nextMonth.number());
        assertThat(overview.withoutDelivery()).isEqualTo(1);
        assertThat(ids(overview.awaitingMaterials()))
                .containsExactlyInAnyOrder(dueSunday.number(), nextMonth.number(), undated.number());

        // Each pending order holds the worked example's materials: the totals are three times one order's.
        List<MaterialRequirement> one = dueSunday.materials().materials();
        assertThat(overview.materialsToOrder()).hasSize(one.size());
        for (MaterialRequirement need : one) {
            MaterialRequirement total = overview.materialsToOrder().stream()
                    .filter(m -> m.materialCode().equals(need.materialCode()) && java.util.Objects.equals(m.colour(),
                            need.colour()))
                    .findFirst().orElseThrow();
            assertThat(total.quantity()).isEqualByComparingTo(need.quantity().multiply(BigDecimal.valueOf(3)));
            assertThat(total.bars()).isEqualTo(need.bars() == null ? null : need.bars() * 3);
            assertThat(total.cutBars()).isNull();
        }
    }

    @Test
    void salesSeeOnlyTheWorkOrdersOfTheirOwnQuotes() {
        WorkOrder own = order(bed.sales, today.plusDays(1), WorkOrderStatus.PENDING);
        order(bed.otherSales, today.plusDays(2), WorkOrderStatus.PENDING);

        ProductionOverview overview = bed.useCases.productionOverview().overview(bed.sales);

        assertThat(ids(overview.nextDeliveries())).containsExactly(own.number());
        assertThat(overview.byStatus().get(WorkOrderStatus.PENDING)).isEqualTo(1);
        assertThat(bed.useCases.productionOverview().overview(bed.admin).byStatus().get(WorkOrderStatus.PENDING))
                .isEqualTo(2);
    }

    @Test
    void withoutWorkOrdersEveryFigureIsZero() {
        ProductionOverview overview = bed.useCases.productionOverview().overview(bed.production);

        assertThat(overview.byStatus()).hasSize(WorkOrderStatus.values().length).allSatisfy((s, n) -> assertThat(n).isZero());
        assertThat(overview.open()).isZero();
        assertThat(overview.nextDeliveries()).isEmpty();
        assertThat(overview.materialsToOrder()).isEmpty();
    }

    /** A work order of a new accepted quote of {@code owner}, due {@code delivery}, moved on to {@code status}. */
    private WorkOrder order(Actor owner, LocalDate delivery, WorkOrderStatus status) {
        WorkOrder order = bed.useCases.convertQuote().convert(owner, bed.accepted(owner).id(),
                new WorkOrderDetails(Priority.NORMAL, delivery, "", ""), null).workOrder();
        if (status == WorkOrderStatus.CANCELLED) {
            return bed.useCases.workOrders().changeStatus(bed.production, order.id(), status, "cancelled");
        }
        if (status != WorkOrderStatus.PENDING) {
            for (WorkOrderStatus next : EnumSet.range(WorkOrderStatus.MATERIALS_ORDERED, status)) {
                order = bed.useCases.workOrders().changeStatus(bed.production, order.id(), next, "step");
            }
        }
        return order;
    }

    private static java.util.Map.Entry<WorkOrderStatus, Long> entry(WorkOrderStatus status, long count) {
        return java.util.Map.entry(status, count);
    }

    private static List<String> ids(List<WorkOrderSummary> orders) {
        return orders.stream().map(WorkOrderSummary::number).toList();
    }
}
