package com.wqs.adapter.persistence;

import static com.wqs.testing.QuoteBuilder.aQuote;
import static com.wqs.testing.WorkOrderBuilder.aWorkOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.StoreContract;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.CutListRelease;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the SQL stores do beyond the rack's ports (whose contracts are core's {@code OffcutRepositoryContract}
 * and {@code CutListReleaseRepositoryContract}): the foreign keys between offcuts, releases and work orders,
 * and refused releases leaving no row behind (the ports cannot see an empty release row).
 */
abstract class OffcutRackStorageTest extends StoreContract {
    private static final CuttingSettings SETTINGS = new CuttingSettings(3, 12, 5, 400);

    private UserId releaser;

    /** The subclass's registered databases. */
    abstract TestDatabases databases();

    @Override
    protected Store newStore() {
        return databases().newStore();
    }

    @BeforeEach
    void givenReleaser() {
        releaser = givenUser().id();
    }

    /** A work order of an accepted quote, stored with its quote, owner and customer. */
    private WorkOrder givenWorkOrder() {
        WorkOrder workOrder = aWorkOrder().forQuote(givenQuote(aQuote().accepted())).build();
        store.workOrders().insert(workOrder);
        return workOrder;
    }

    private CutListRelease releaseOf(WorkOrder... workOrders) {
        return new CutListRelease(0, Arrays.stream(workOrders).map(WorkOrder::id).toList(), SETTINGS, releaser, NOW);
    }

    /** A stored release of a new work order. */
    private CutListRelease givenRelease() {
        return store.cutListReleases().insert(releaseOf(givenWorkOrder()));
    }

    private Offcut givenOffcut(String materialCode, String colour, int lengthMm) {
        return store.offcuts().insert(Offcut.available(materialCode, colour, lengthMm, "entered by hand", null, null,
                NOW));
    }

    /** An offcut the release left on the rack. */
    private Offcut givenOffcutLeftBy(CutListRelease release, int lengthMm) {
        return store.offcuts().insert(Offcut.available("PVC-FRAME-70", "WHITE", lengthMm,
                "WO " + release.workOrders().get(0), null, release.id(), NOW));
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
                List.of(workOrder.id(), WorkOrderId.newId()), SETTINGS, releaser, NOW)))
                .isInstanceOf(RuntimeException.class);

        assertThat(count("cut_list_releases")).isZero();
        assertThat(store.cutListReleases().findByWorkOrder(workOrder.id())).isEmpty();
    }

    private long count(String table) {
        return ((JdbiStore) store).database().read(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Long.class)
                .one());
    }
}
