package com.wqs.domain.workorder;

import static com.wqs.domain.workorder.WorkOrderStatus.CANCELLED;
import static com.wqs.domain.workorder.WorkOrderStatus.DELIVERED;
import static com.wqs.domain.workorder.WorkOrderStatus.IN_PRODUCTION;
import static com.wqs.domain.workorder.WorkOrderStatus.MATERIALS_ORDERED;
import static com.wqs.domain.workorder.WorkOrderStatus.MATERIALS_RECEIVED;
import static com.wqs.domain.workorder.WorkOrderStatus.PENDING;
import static com.wqs.domain.workorder.WorkOrderStatus.QUALITY_CHECK;
import static com.wqs.domain.workorder.WorkOrderStatus.READY_FOR_DELIVERY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.ErrorKind;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.user.UserId;
import com.wqs.testing.WorkOrderBuilder;
import com.wqs.testing.TransitionTable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (from, to) pair of the production lifecycle (PRODUCT.md §2, written out here rather than read
 * from {@link WorkOrderStatus#next()}): allowed moves succeed, are recorded and set {@code completedAt}
 * on delivery; every other one is a CONFLICT that changes nothing.
 */
class WorkOrderStatusTransitionsTest {
    private static final Map<WorkOrderStatus, Set<WorkOrderStatus>> ALLOWED = Map.of(
            PENDING, Set.of(MATERIALS_ORDERED, CANCELLED),
            MATERIALS_ORDERED, Set.of(MATERIALS_RECEIVED, CANCELLED),
            MATERIALS_RECEIVED, Set.of(IN_PRODUCTION, CANCELLED),
            IN_PRODUCTION, Set.of(QUALITY_CHECK, CANCELLED),
            QUALITY_CHECK, Set.of(READY_FOR_DELIVERY, CANCELLED),
            READY_FOR_DELIVERY, Set.of(DELIVERED, CANCELLED),
            DELIVERED, Set.of(),
            CANCELLED, Set.of());

    private static final UserId BY = UserId.newId();
    private static final Instant NOW = Instant.parse("2026-05-04T08:15:00Z");

    static Stream<Arguments> allowedPairs() {
        return TransitionTable.pairs(WorkOrderStatus.class, ALLOWED, true);
    }

    static Stream<Arguments> forbiddenPairs() {
        return TransitionTable.pairs(WorkOrderStatus.class, ALLOWED, false);
    }

    @ParameterizedTest(name = "{0} -> {1} is allowed")
    @MethodSource("allowedPairs")
    void allowedTransitionsSucceedAndAreRecorded(WorkOrderStatus from, WorkOrderStatus to) {
        WorkOrder workOrder = WorkOrderBuilder.aWorkOrder().status(from).build();
        int historyBefore = workOrder.history().size();

        workOrder.moveTo(to, "note for " + to, BY, NOW);

        assertThat(workOrder.status()).isEqualTo(to);
        assertThat(workOrder.updatedAt()).isEqualTo(NOW);
        assertThat(workOrder.completedAt()).isEqualTo(to == DELIVERED ? Optional.of(NOW) : Optional.empty());
        assertThat(workOrder.history()).hasSize(historyBefore + 1);
        StatusChange<WorkOrderStatus> change = workOrder.history().get(historyBefore);
        assertThat(change).isEqualTo(new StatusChange<>(from, to, BY.value(), NOW, "note for " + to));
    }

    @ParameterizedTest(name = "{0} -> {1} is forbidden")
    @MethodSource("forbiddenPairs")
    void forbiddenTransitionsAreConflictsAndChangeNothing(WorkOrderStatus from, WorkOrderStatus to) {
        WorkOrder workOrder = WorkOrderBuilder.aWorkOrder().status(from).build();
        List<StatusChange<WorkOrderStatus>> historyBefore = workOrder.history();
        Instant updatedBefore = workOrder.updatedAt();

        assertThatThrownBy(() -> workOrder.moveTo(to, null, BY, NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
        assertThat(workOrder.status()).isEqualTo(from);
        assertThat(workOrder.history()).isEqualTo(historyBefore);
        assertThat(workOrder.updatedAt()).isEqualTo(updatedBefore);
    }
}
