package com.wqs.application.port.out.contract;

import static com.wqs.testing.QuoteBuilder.aQuote;
import static com.wqs.testing.WorkOrderBuilder.aWorkOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.wqs.application.port.out.CutListReleaseRepository;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.User;
import com.wqs.domain.workorder.CutListRelease;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CutListReleaseRepository}: ids from the store, every field kept (the work orders in
 * their order), and at most one release per work order enforced by the store itself, also under concurrency.
 */
public abstract class CutListReleaseRepositoryContract extends StoreContract {
    private static final int RACERS = 8;
    private static final CuttingSettings SAW = new CuttingSettings(3, 15, 2, 650);

    private User releaser;

    private CutListReleaseRepository releases() {
        return store.cutListReleases();
    }

    @BeforeEach
    void givenReleaser() {
        releaser = givenUser();
    }

    private WorkOrderId givenWorkOrder() {
        WorkOrder workOrder = aWorkOrder().forQuote(givenQuote(aQuote().accepted())).build();
        store.workOrders().insert(workOrder);
        return workOrder.id();
    }

    private CutListRelease release(WorkOrderId... workOrders) {
        return new CutListRelease(0, List.of(workOrders), SAW, releaser.id(), NOW);
    }

    @Test
    void anInsertedReleaseGetsAnIdAndKeepsEveryField() {
        WorkOrderId second = givenWorkOrder();
        WorkOrderId first = givenWorkOrder();

        CutListRelease stored = releases().insert(release(first, second));

        assertThat(stored.id()).isPositive();
        assertThat(stored).isEqualTo(new CutListRelease(stored.id(), List.of(first, second), SAW, releaser.id(), NOW));
        assertThat(releases().findById(stored.id())).contains(stored);
        assertThat(releases().findByWorkOrder(first)).contains(stored);
        assertThat(releases().findByWorkOrder(second)).contains(stored);
        assertThat(releases().findByWorkOrder(givenWorkOrder())).isEmpty();
        assertThat(releases().findById(stored.id() + 1000)).isEmpty();
    }

    @Test
    void idsComeFromTheStoreInIncreasingOrder() {
        CutListRelease first = releases().insert(release(givenWorkOrder()));
        CutListRelease second = releases().insert(release(givenWorkOrder()));

        assertThat(second.id()).isGreaterThan(first.id());
    }

    @Test
    void aWorkOrderAlreadyReleasedIsRefusedAndNothingOfTheReleaseIsStored() {
        WorkOrderId released = givenWorkOrder();
        WorkOrderId fresh = givenWorkOrder();
        CutListRelease first = releases().insert(release(released));

        Throwable thrown = catchThrowable(() -> store.transactions().inTransaction(
                () -> releases().insert(release(fresh, released))));

        assertThat(thrown).isInstanceOf(ConflictException.class);
        assertThat(((ConflictException) thrown).code()).isEqualTo("already_released");
        assertThat(releases().findByWorkOrder(fresh)).isEmpty();
        assertThat(releases().findByWorkOrder(released)).contains(first);
    }

    @Test
    void aDeletedReleaseIsGoneAndItsWorkOrdersMayBeReleasedAgain() {
        WorkOrderId workOrder = givenWorkOrder();
        CutListRelease first = releases().insert(release(workOrder));

        releases().delete(first.id());

        assertThat(releases().findById(first.id())).isEmpty();
        assertThat(releases().findByWorkOrder(workOrder)).isEmpty();
        CutListRelease again = releases().insert(release(workOrder));
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(releases().findByWorkOrder(workOrder)).contains(again);
    }

    @Test
    void ofConcurrentReleasesOfOneWorkOrderExactlyOneIsStored() throws Exception {
        WorkOrderId shared = givenWorkOrder();
        List<WorkOrderId> own = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            own.add(givenWorkOrder());
        }

        List<Race.Outcome<CutListRelease>> outcomes = Race.run(RACERS, i -> () ->
                store.transactions().inTransaction(() -> releases().insert(release(own.get(i), shared))));

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).hasSize(RACERS - 1)
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(ConflictException.class));
        CutListRelease winner = outcomes.stream().filter(Race.Outcome::succeeded).findFirst().orElseThrow().value();
        assertThat(releases().findByWorkOrder(shared)).contains(winner);
        assertThat(own.stream().filter(id -> releases().findByWorkOrder(id).isPresent()).toList())
                .containsExactly(winner.workOrders().get(0));
    }
}
