package com.wqs.application.port.out.contract;

import static com.wqs.testing.QuoteBuilder.aQuote;
import static com.wqs.testing.WorkOrderBuilder.aWorkOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.wqs.application.port.out.CutListReleaseRepository;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.User;
import com.wqs.domain.workorder.CutListRelease;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CutListReleaseRepository}: ids from the store (never handed out twice), every field
 * kept (the work orders in their order), and at most one release per work order enforced by the store itself,
 * also inside a transaction that goes on and under concurrency. Work orders are stored ones, with their quotes
 * (the SQL stores hold a foreign key to them).
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

    private WorkOrder givenWorkOrder() {
        WorkOrder workOrder = aWorkOrder().forQuote(givenQuote(aQuote().accepted())).build();
        store.workOrders().insert(workOrder);
        return workOrder;
    }

    private CutListRelease release(WorkOrder... workOrders) {
        return new CutListRelease(0, ids(workOrders), SAW, releaser.id(), NOW);
    }

    private static List<WorkOrderId> ids(WorkOrder... workOrders) {
        List<WorkOrderId> ids = new ArrayList<>();
        for (WorkOrder workOrder : workOrders) {
            ids.add(workOrder.id());
        }
        return ids;
    }

    private CutListRelease givenRelease() {
        return releases().insert(release(givenWorkOrder()));
    }

    /** An offcut the release left on the rack. */
    private Offcut givenOffcutLeftBy(CutListRelease release, int lengthMm) {
        return store.offcuts().insert(Offcut.available("PRF-TOP", "WHITE", lengthMm, "WO-2026-00001", null,
                release.id(), NOW));
    }

    @Test
    void anInsertedReleaseGetsAnIdAndKeepsEveryField() {
        WorkOrder first = givenWorkOrder();
        WorkOrder second = givenWorkOrder();
        WorkOrder third = givenWorkOrder();
        Instant releasedAt = Instant.parse("2026-03-05T14:15:16.789Z");
        // the id given is ignored; the work orders keep their order, not the order they were stored in
        CutListRelease release = new CutListRelease(77_777, List.of(third.id(), first.id(), second.id()),
                new CuttingSettings(4, 10, 0, 500), releaser.id(), releasedAt);

        CutListRelease stored = releases().insert(release);

        assertThat(stored.id()).isPositive().isNotEqualTo(77_777);
        assertThat(stored).isEqualTo(new CutListRelease(stored.id(), List.of(third.id(), first.id(), second.id()),
                new CuttingSettings(4, 10, 0, 500), releaser.id(), releasedAt));
        assertThat(releases().findById(stored.id())).contains(stored);
        for (WorkOrder workOrder : List.of(first, second, third)) {
            assertThat(releases().findByWorkOrder(workOrder.id())).contains(stored);
        }
    }

    @Test
    void everySettingIsKept() {
        CutListRelease stored = releases().insert(new CutListRelease(0, List.of(givenWorkOrder().id()),
                new CuttingSettings(CuttingSettings.MAX_KERF_MM, CuttingSettings.MAX_TRIM_MM,
                        CuttingSettings.MAX_MITRE_ALLOWANCE_MM, CuttingSettings.MAX_MIN_OFFCUT_MM), releaser.id(), NOW));

        assertThat(releases().findById(stored.id()).orElseThrow().settings())
                .isEqualTo(new CuttingSettings(20, 200, 100, 20_000));
    }

    @Test
    void idsComeFromTheStoreInIncreasingOrder() {
        CutListRelease first = givenRelease();
        CutListRelease second = givenRelease();

        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(releases().findById(first.id())).contains(first);
        assertThat(releases().findById(second.id())).contains(second);
    }

    @Test
    void theIdOfADeletedReleaseIsNotHandedOutAgain() {
        CutListRelease first = givenRelease();
        CutListRelease newest = givenRelease();
        releases().delete(newest.id());

        CutListRelease next = givenRelease();

        assertThat(next.id()).isGreaterThan(newest.id()).isGreaterThan(first.id());
    }

    @Test
    void unknownReleasesAndUnreleasedWorkOrdersAreNotFound() {
        WorkOrder unreleased = givenWorkOrder();
        CutListRelease release = givenRelease();

        assertThat(releases().findById(release.id() + 1000)).isEmpty();
        assertThat(releases().findById(987_654_321L)).isEmpty();
        assertThat(releases().findByWorkOrder(unreleased.id())).isEmpty();
        assertThat(releases().findByWorkOrder(WorkOrderId.newId())).isEmpty();
    }

    @Test
    void aWorkOrderAlreadyReleasedIsRefusedAndNothingOfTheReleaseIsStored() {
        WorkOrder released = givenWorkOrder();
        CutListRelease first = releases().insert(release(released));
        WorkOrder before = givenWorkOrder();
        WorkOrder after = givenWorkOrder();

        Throwable thrown = catchThrowable(() -> releases().insert(release(before, released, after)));

        assertThat(thrown).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.code()).isEqualTo("already_released");
            assertThat(e.getMessage()).contains(released.number()).contains("release " + first.id());
        });
        assertThat(releases().findByWorkOrder(before.id())).isEmpty();
        assertThat(releases().findByWorkOrder(after.id())).isEmpty();
        assertThat(releases().findByWorkOrder(released.id())).contains(first);
        assertThat(releases().findById(first.id())).contains(first);
        CutListRelease again = releases().insert(release(before, after));
        assertThat(releases().findByWorkOrder(before.id())).contains(again);
        assertThat(releases().findByWorkOrder(after.id())).contains(again);
    }

    @Test
    void aWorkOrderAlreadyReleasedIsRefusedInsideATransactionTooAndTheTransactionRollsBack() {
        WorkOrder released = givenWorkOrder();
        WorkOrder fresh = givenWorkOrder();
        CutListRelease first = releases().insert(release(released));

        Throwable thrown = catchThrowable(() -> store.transactions().inTransaction(
                () -> releases().insert(release(fresh, released))));

        assertThat(thrown).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo("already_released"));
        assertThat(releases().findByWorkOrder(fresh.id())).isEmpty();
        assertThat(releases().findByWorkOrder(released.id())).contains(first);
    }

    @Test
    void aRefusedReleaseInsideATransactionThatGoesOnLeavesNothingBehind() {
        WorkOrder released = givenWorkOrder();
        CutListRelease first = releases().insert(release(released));
        WorkOrder other = givenWorkOrder();
        WorkOrder later = givenWorkOrder();

        CutListRelease stored = store.transactions().inTransaction(() -> {
            Throwable refused = catchThrowable(() -> releases().insert(release(other, released)));
            assertThat(refused).isInstanceOfSatisfying(ConflictException.class,
                    e -> assertThat(e.code()).isEqualTo("already_released"));
            assertThat(releases().findByWorkOrder(other.id())).isEmpty();
            // the transaction goes on, and may still write
            return releases().insert(release(later));
        });

        assertThat(releases().findByWorkOrder(other.id())).isEmpty();
        assertThat(releases().findByWorkOrder(released.id())).contains(first);
        assertThat(releases().findByWorkOrder(later.id())).contains(stored);
        assertThat(releases().findById(stored.id())).contains(stored);
    }

    @Test
    void aWorkOrderListedTwiceIsRefusedAndNothingIsStored() {
        WorkOrder workOrder = givenWorkOrder();
        WorkOrder other = givenWorkOrder();

        assertThatThrownBy(() -> releases().insert(release(other, workOrder, workOrder)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(releases().findByWorkOrder(workOrder.id())).isEmpty();
        assertThat(releases().findByWorkOrder(other.id())).isEmpty();
        assertThat(releases().insert(release(other, workOrder)).workOrders())
                .containsExactly(other.id(), workOrder.id());
    }

    @Test
    void aDeletedReleaseIsGoneAndItsWorkOrdersMayBeReleasedAgain() {
        WorkOrder a = givenWorkOrder();
        WorkOrder b = givenWorkOrder();
        CutListRelease first = releases().insert(release(a, b));
        CutListRelease other = givenRelease();

        releases().delete(first.id());

        assertThat(releases().findById(first.id())).isEmpty();
        assertThat(releases().findByWorkOrder(a.id())).isEmpty();
        assertThat(releases().findByWorkOrder(b.id())).isEmpty();
        assertThat(releases().findById(other.id())).contains(other);
        CutListRelease again = releases().insert(release(b));
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(releases().findByWorkOrder(b.id())).contains(again);
        assertThat(releases().findByWorkOrder(a.id())).isEmpty();
    }

    @Test
    void aRevertedReleaseIsDeletedAndTheOffcutsItLeftStayDiscarded() {
        CutListRelease earlier = givenRelease();
        CutListRelease release = givenRelease();
        Offcut taken = givenOffcutLeftBy(earlier, 1300);
        store.offcuts().consume(taken.id(), release.id());
        Offcut left = givenOffcutLeftBy(release, 700);

        store.transactions().run(() -> {
            store.offcuts().revert(release.id());
            releases().delete(release.id());
        });

        assertThat(releases().findById(release.id())).isEmpty();
        assertThat(releases().findByWorkOrder(release.workOrders().get(0))).isEmpty();
        assertThat(releases().findById(earlier.id())).contains(earlier);
        assertThat(store.offcuts().findById(left.id()).orElseThrow().state()).isEqualTo(Offcut.State.DISCARDED);
        assertThat(store.offcuts().findById(taken.id()).orElseThrow())
                .extracting(Offcut::state, Offcut::consumedByRelease, Offcut::createdByRelease)
                .containsExactly(Offcut.State.AVAILABLE, null, earlier.id());
    }

    @Test
    void ofConcurrentReleasesOfOneWorkOrderExactlyOneIsStored() throws Exception {
        WorkOrder shared = givenWorkOrder();
        List<WorkOrder> own = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            own.add(givenWorkOrder());
        }

        List<Race.Outcome<CutListRelease>> outcomes = Race.run(RACERS, i -> () ->
                store.transactions().inTransaction(() -> releases().insert(release(own.get(i), shared))));

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).hasSize(RACERS - 1)
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("already_released")));
        int winner = outcomes.indexOf(outcomes.stream().filter(Race.Outcome::succeeded).findFirst().orElseThrow());
        CutListRelease stored = outcomes.get(winner).value();
        assertThat(stored.workOrders()).containsExactly(own.get(winner).id(), shared.id());
        assertThat(releases().findByWorkOrder(shared.id())).contains(stored);
        for (int i = 0; i < RACERS; i++) {
            assertThat(releases().findByWorkOrder(own.get(i).id()).isPresent()).isEqualTo(i == winner);
        }
    }
}
