package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.adapter.persistence.contract.OffcutRackContract;
import com.wqs.application.port.out.Store;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.workorder.CutListRelease;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the SQL stores do beyond the rack's ports: the foreign keys between offcuts and releases, ids never
 * handed out twice, and refused releases leaving no row behind (the ports cannot see an empty release row).
 */
abstract class OffcutRackStorageTest extends OffcutRackContract {

    /** The subclass's registered databases. */
    abstract TestDatabases databases();

    @Override
    protected Store newStore() {
        return databases().newStore();
    }

    @Test
    void deletingARevertedReleaseClearsTheReferenceOfTheOffcutsItLeft() {
        CutListRelease release = givenRelease();
        Offcut left = givenOffcutLeftBy(release, 800);
        store.offcuts().revert(release.id());

        store.cutListReleases().delete(release.id());

        Offcut discarded = store.offcuts().findById(left.id()).orElseThrow();
        assertThat(discarded.state()).isEqualTo(Offcut.State.DISCARDED);
        assertThat(discarded.createdByRelease()).isNull();
        assertThat(count("cut_list_release_orders")).isZero();
    }

    @Test
    void aReleaseWhoseConsumedOffcutsWereNotPutBackCannotBeDeleted() {
        CutListRelease release = givenRelease();
        Offcut taken = givenOffcut("PVC-FRAME-70", "WHITE", 1_000);
        store.offcuts().consume(taken.id(), release.id());

        assertThatThrownBy(() -> store.cutListReleases().delete(release.id())).isInstanceOf(RuntimeException.class);

        assertThat(store.cutListReleases().findById(release.id())).contains(release);
        assertThat(store.offcuts().findById(taken.id()).orElseThrow().consumedByRelease()).isEqualTo(release.id());
    }

    @Test
    void aRefusedReleaseLeavesNoRowEvenInsideATransactionThatGoesOn() {
        WorkOrder released = givenWorkOrder();
        store.cutListReleases().insert(releaseOf(released));
        WorkOrder other = givenWorkOrder();

        assertThatThrownBy(() -> store.cutListReleases().insert(releaseOf(other, released)))
                .isInstanceOf(ConflictException.class);
        store.transactions().run(() -> {
            assertThatThrownBy(() -> store.cutListReleases().insert(releaseOf(other, released)))
                    .isInstanceOf(ConflictException.class);
            store.cutListReleases().insert(releaseOf(other));
        });

        assertThat(count("cut_list_releases")).isEqualTo(2);
        assertThat(count("cut_list_release_orders")).isEqualTo(2);
    }

    @Test
    void aWorkOrderListedTwiceOrUnknownIsRefusedAndNothingIsStored() {
        WorkOrder workOrder = givenWorkOrder();

        assertThatThrownBy(() -> store.cutListReleases().insert(releaseOf(workOrder, workOrder)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.cutListReleases().insert(new CutListRelease(0,
                List.of(workOrder.id(), WorkOrderId.newId()), SETTINGS, RELEASER, NOW)))
                .isInstanceOf(RuntimeException.class);

        assertThat(count("cut_list_releases")).isZero();
        assertThat(store.cutListReleases().findByWorkOrder(workOrder.id())).isEmpty();
    }

    @Test
    void theIdOfADeletedReleaseIsNotHandedOutAgain() {
        CutListRelease first = givenRelease();
        CutListRelease newest = givenRelease();
        store.cutListReleases().delete(newest.id());

        CutListRelease next = givenRelease();

        assertThat(next.id()).isGreaterThan(newest.id()).isGreaterThan(first.id());
    }

    private long count(String table) {
        return ((JdbiStore) store).database().read(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Long.class)
                .one());
    }
}
