package com.wqs.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.CutListReleaseRepository;
import com.wqs.application.port.out.contract.Race;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.CutListRelease;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CutListReleaseRepository}, including the store-enforced rule of at most one release
 * per work order, under concurrency.
 */
public abstract class CutListReleaseRepositoryContract extends OffcutRackContract {
    private static final int RELEASERS = 8;

    private CutListReleaseRepository releases() {
        return store.cutListReleases();
    }

    @Test
    void insertAssignsAnIdAndTheReleaseIsFoundByIdAndByEachOfItsWorkOrdersInOrder() {
        WorkOrder first = givenWorkOrder();
        WorkOrder second = givenWorkOrder();
        WorkOrder third = givenWorkOrder();
        UserId releasedBy = UserId.newId();
        Instant releasedAt = Instant.parse("2026-03-05T14:15:16.789Z");
        CutListRelease release = new CutListRelease(77_777, List.of(third.id(), first.id(), second.id()),
                new CuttingSettings(4, 10, 0, 500), releasedBy, releasedAt);

        CutListRelease stored = releases().insert(release);

        assertThat(stored.id()).isPositive().isNotEqualTo(77_777);
        assertThat(stored).isEqualTo(new CutListRelease(stored.id(), List.of(third.id(), first.id(), second.id()),
                new CuttingSettings(4, 10, 0, 500), releasedBy, releasedAt));
        assertThat(releases().findById(stored.id())).contains(stored);
        for (WorkOrder workOrder : List.of(first, second, third)) {
            assertThat(releases().findByWorkOrder(workOrder.id())).contains(stored);
        }
    }

    @Test
    void everySettingIsKept() {
        CutListRelease stored = releases().insert(new CutListRelease(0, List.of(givenWorkOrder().id()),
                new CuttingSettings(CuttingSettings.MAX_KERF_MM, CuttingSettings.MAX_TRIM_MM,
                        CuttingSettings.MAX_MITRE_ALLOWANCE_MM, CuttingSettings.MAX_MIN_OFFCUT_MM), RELEASER, NOW));

        assertThat(releases().findById(stored.id()).orElseThrow().settings()).isEqualTo(new CuttingSettings(20, 200,
                100, 20_000));
    }

    @Test
    void everyReleaseGetsAnIdOfItsOwn() {
        CutListRelease a = givenRelease();
        CutListRelease b = givenRelease();

        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(releases().findById(a.id())).contains(a);
        assertThat(releases().findById(b.id())).contains(b);
    }

    @Test
    void unknownReleasesAndUnreleasedWorkOrdersAreNotFound() {
        WorkOrder unreleased = givenWorkOrder();
        givenRelease();

        assertThat(releases().findById(987_654_321L)).isEmpty();
        assertThat(releases().findByWorkOrder(unreleased.id())).isEmpty();
        assertThat(releases().findByWorkOrder(WorkOrderId.newId())).isEmpty();
    }

    @Test
    void aWorkOrderAlreadyInAReleaseIsAConflictAndNothingOfTheSecondReleaseIsStored() {
        WorkOrder released = givenWorkOrder();
        CutListRelease first = releases().insert(releaseOf(released));
        WorkOrder before = givenWorkOrder();
        WorkOrder after = givenWorkOrder();

        assertThatThrownBy(() -> releases().insert(releaseOf(before, released, after)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("already_released");
                    assertThat(e.getMessage()).contains(released.number()).contains("release " + first.id());
                });

        assertThat(releases().findByWorkOrder(before.id())).isEmpty();
        assertThat(releases().findByWorkOrder(after.id())).isEmpty();
        assertThat(releases().findByWorkOrder(released.id())).contains(first);
        assertThat(releases().findById(first.id())).contains(first);
        CutListRelease again = releases().insert(releaseOf(before, after));
        assertThat(releases().findByWorkOrder(before.id())).contains(again);
    }

    @Test
    void aRefusedReleaseInsideATransactionThatGoesOnLeavesNothingBehind() {
        WorkOrder released = givenWorkOrder();
        CutListRelease first = releases().insert(releaseOf(released));
        WorkOrder other = givenWorkOrder();

        String outcome = store.transactions().inTransaction(() -> {
            try {
                releases().insert(releaseOf(other, released));
                return "stored";
            } catch (ConflictException e) {
                return e.code();
            }
        });

        assertThat(outcome).isEqualTo("already_released");
        assertThat(releases().findByWorkOrder(other.id())).isEmpty();
        assertThat(releases().findByWorkOrder(released.id())).contains(first);
    }

    @Test
    void deleteRemovesTheReleaseAndItsWorkOrdersMayBeReleasedAgain() {
        WorkOrder a = givenWorkOrder();
        WorkOrder b = givenWorkOrder();
        CutListRelease release = releases().insert(releaseOf(a, b));
        CutListRelease other = givenRelease();

        releases().delete(release.id());

        assertThat(releases().findById(release.id())).isEmpty();
        assertThat(releases().findByWorkOrder(a.id())).isEmpty();
        assertThat(releases().findByWorkOrder(b.id())).isEmpty();
        assertThat(releases().findById(other.id())).contains(other);
        CutListRelease again = releases().insert(releaseOf(b));
        assertThat(releases().findByWorkOrder(b.id())).contains(again);
    }

    @Test
    void aRevertedReleaseIsDeletedAndTheOffcutsItLeftStayDiscarded() {
        CutListRelease earlier = givenRelease();
        CutListRelease release = givenRelease();
        Offcut taken = givenOffcutLeftBy(earlier, 1_300);
        store.offcuts().consume(taken.id(), release.id());
        Offcut left = givenOffcutLeftBy(release, 700);

        store.transactions().run(() -> {
            store.offcuts().revert(release.id());
            releases().delete(release.id());
        });

        assertThat(releases().findById(release.id())).isEmpty();
        assertThat(store.offcuts().findById(left.id()).orElseThrow().state()).isEqualTo(Offcut.State.DISCARDED);
        assertThat(store.offcuts().findById(taken.id()).orElseThrow().state()).isEqualTo(Offcut.State.AVAILABLE);
        assertThat(releases().findByWorkOrder(release.workOrders().get(0))).isEmpty();
    }

    @Test
    void ofConcurrentReleasesOfOneWorkOrderExactlyOneIsStored() throws Exception {
        WorkOrder shared = givenWorkOrder();
        List<WorkOrder> own = new ArrayList<>();
        for (int i = 0; i < RELEASERS; i++) {
            own.add(givenWorkOrder());
        }

        List<Race.Outcome<CutListRelease>> outcomes = Race.run(RELEASERS, i -> () -> store.transactions()
                .inTransaction(() -> releases().insert(releaseOf(own.get(i), shared))));

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).hasSize(RELEASERS - 1)
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("already_released")));
        int winner = outcomes.indexOf(outcomes.stream().filter(Race.Outcome::succeeded).findFirst().orElseThrow());
        CutListRelease stored = outcomes.get(winner).value();
        assertThat(releases().findByWorkOrder(shared.id())).contains(stored);
        for (int i = 0; i < RELEASERS; i++) {
            assertThat(releases().findByWorkOrder(own.get(i).id()).isPresent()).isEqualTo(i == winner);
        }
    }
}
