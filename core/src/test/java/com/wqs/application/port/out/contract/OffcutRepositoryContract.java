package com.wqs.application.port.out.contract;

import static com.wqs.testing.QuoteBuilder.aQuote;
import static com.wqs.testing.WorkOrderBuilder.aWorkOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.OffcutRepository;
import com.wqs.application.port.out.OffcutSearch;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.User;
import com.wqs.domain.workorder.CutListRelease;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.testing.CatalogFixtures;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link OffcutRepository}: ids from the store, version 1 on insert, optimistic updates, the
 * rack's sort order, and {@code consume} as one conditional update that of racing releases exactly one wins.
 * The profiles PRF-TOP and PRF-JAMB are in the catalogue; releases are real ones over stored work orders.
 */
public abstract class OffcutRepositoryContract extends StoreContract {
    private static final int RACERS = 8;

    private OffcutRepository offcuts() {
        return store.offcuts();
    }

    @BeforeEach
    void givenProfiles() {
        store.materials().insert(CatalogFixtures.PRF_TOP);
        store.materials().insert(CatalogFixtures.PRF_JAMB);
    }

    private static Offcut offcut(String code, String colour, int lengthMm) {
        return Offcut.available(code, colour, lengthMm, "WO-2026-00001", null, null, NOW);
    }

    private Offcut given(String code, String colour, int lengthMm) {
        return offcuts().insert(offcut(code, colour, lengthMm));
    }

    /** A stored release of a new work order, by a stored user. */
    private CutListRelease givenRelease() {
        User user = givenUser();
        WorkOrder workOrder = aWorkOrder().forQuote(givenQuote(aQuote().accepted())).build();
        store.workOrders().insert(workOrder);
        return store.cutListReleases().insert(new CutListRelease(0, List.of(workOrder.id()),
                CuttingSettings.DEFAULTS, user.id(), NOW));
    }

    private List<Offcut> everything() {
        return offcuts().search(new OffcutSearch(null, null, false, null));
    }

    @Test
    void anInsertedOffcutGetsAnIdAndVersionOneAndKeepsEveryField() {
        CutListRelease release = givenRelease();
        Offcut offcut = Offcut.available("prf-top", "ral 9016 — weiß", 1234, "WO-2026-00012, WO-2026-00013",
                "Regal B, Fach 3 ⚡", release.id(), NOW);

        Offcut stored = offcuts().insert(offcut);

        assertThat(stored.id()).isPositive();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.materialCode()).isEqualTo("PRF-TOP");
        assertThat(stored.colour()).isEqualTo("RAL 9016 — WEISS");
        assertSameContent(stored, offcut, "id", "version");
        assertThat(offcuts().findById(stored.id())).contains(stored);
    }

    @Test
    void idsComeFromTheStoreInIncreasingOrder() {
        Offcut first = given("PRF-TOP", null, 900);
        Offcut second = given("PRF-TOP", null, 900);

        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(offcuts().findById(second.id() + 1000)).isEmpty();
    }

    @Test
    void theRackIsSortedByProfileColourUncolouredFirstLongestFirstThenId() {
        Offcut jamb = given("PRF-JAMB", "WHITE", 700);
        Offcut topWhiteShort = given("PRF-TOP", "WHITE", 600);
        Offcut topPlain = given("PRF-TOP", null, 500);
        Offcut topWhiteLong = given("PRF-TOP", "WHITE", 2000);
        Offcut topBlack = given("PRF-TOP", "BLACK", 800);
        Offcut topWhiteShortToo = given("PRF-TOP", "WHITE", 600);

        assertThat(offcuts().search(OffcutSearch.available())).containsExactly(jamb, topPlain, topBlack,
                topWhiteLong, topWhiteShort, topWhiteShortToo);
    }

    @Test
    void aSearchNarrowsByProfileColourAndState() {
        Offcut white = given("PRF-TOP", "WHITE", 1000);
        Offcut plain = given("PRF-TOP", null, 1000);
        Offcut jamb = given("PRF-JAMB", "WHITE", 1000);
        Offcut discarded = given("PRF-TOP", "WHITE", 900);
        offcuts().update(discarded.discarded());

        assertThat(offcuts().search(OffcutSearch.available("PRF-TOP", "WHITE"))).containsExactly(white);
        assertThat(offcuts().search(OffcutSearch.available("PRF-TOP", null))).containsExactly(plain);
        assertThat(offcuts().search(new OffcutSearch("PRF-TOP", null, false, null)))
                .extracting(Offcut::id).containsExactly(plain.id(), white.id(), discarded.id());
        assertThat(offcuts().search(new OffcutSearch("PRF-TOP", "WHITE", false, EnumSet.of(Offcut.State.DISCARDED))))
                .extracting(Offcut::id).containsExactly(discarded.id());
        assertThat(offcuts().search(OffcutSearch.available())).extracting(Offcut::id)
                .containsExactly(jamb.id(), plain.id(), white.id());
    }

    @Test
    void anUpdateChangesColourLengthNoteAndStateOnTheVersionRead() {
        Offcut stored = given("PRF-TOP", "WHITE", 1500);

        offcuts().update(stored.corrected("black", 1400, "rack C"));

        Offcut updated = offcuts().findById(stored.id()).orElseThrow();
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.colour()).isEqualTo("BLACK");
        assertThat(updated.lengthMm()).isEqualTo(1400);
        assertThat(updated.note()).isEqualTo("rack C");
        assertThat(updated.materialCode()).isEqualTo("PRF-TOP");
        assertThat(updated.source()).isEqualTo(stored.source());
        assertThat(updated.createdAt()).isEqualTo(stored.createdAt());

        offcuts().update(updated.discarded());
        assertThat(offcuts().findById(stored.id()).orElseThrow().state()).isEqualTo(Offcut.State.DISCARDED);
    }

    @Test
    void aStaleOrMissingUpdateIsAConflictAndChangesNothing() {
        Offcut stored = given("PRF-TOP", "WHITE", 1500);
        offcuts().update(stored.corrected("WHITE", 1400, null));

        assertThatThrownBy(() -> offcuts().update(stored.corrected("WHITE", 1300, null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> offcuts().update(new Offcut(stored.id() + 1000, "PRF-TOP", null, 900, null, null,
                Offcut.State.AVAILABLE, null, null, NOW, 1))).isInstanceOf(ConflictException.class);
        assertThat(offcuts().findById(stored.id()).orElseThrow().lengthMm()).isEqualTo(1400);
    }

    @Test
    void consumeTakesAnAvailableOffcutOnceForTheRelease() {
        CutListRelease release = givenRelease();
        Offcut stored = given("PRF-TOP", "WHITE", 1500);
        Offcut discarded = given("PRF-TOP", "WHITE", 1500);
        offcuts().update(discarded.discarded());

        assertThat(offcuts().consume(stored.id(), release.id())).isTrue();
        assertThat(offcuts().consume(stored.id(), release.id())).isFalse();
        assertThat(offcuts().consume(discarded.id(), release.id())).isFalse();
        assertThat(offcuts().consume(stored.id() + 1000, release.id())).isFalse();

        Offcut consumed = offcuts().findById(stored.id()).orElseThrow();
        assertThat(consumed.state()).isEqualTo(Offcut.State.CONSUMED);
        assertThat(consumed.consumedByRelease()).isEqualTo(release.id());
        assertThat(consumed.version()).isGreaterThan(stored.version());
        assertThatThrownBy(() -> offcuts().update(stored.discarded())).isInstanceOf(ConflictException.class);
        assertThat(offcuts().search(OffcutSearch.available())).isEmpty();
    }

    @Test
    void consumedByListsTheReleasesOffcutsInRackOrder() {
        CutListRelease release = givenRelease();
        CutListRelease other = givenRelease();
        Offcut shortTop = given("PRF-TOP", "WHITE", 900);
        Offcut jamb = given("PRF-JAMB", null, 900);
        Offcut longTop = given("PRF-TOP", "WHITE", 1900);
        Offcut othersTop = given("PRF-TOP", "WHITE", 1000);
        given("PRF-TOP", "WHITE", 1100);
        for (Offcut offcut : List.of(shortTop, jamb, longTop)) {
            assertThat(offcuts().consume(offcut.id(), release.id())).isTrue();
        }
        assertThat(offcuts().consume(othersTop.id(), other.id())).isTrue();

        assertThat(offcuts().consumedBy(release.id())).extracting(Offcut::id)
                .containsExactly(jamb.id(), longTop.id(), shortTop.id());
        assertThat(offcuts().consumedBy(other.id())).extracting(Offcut::id).containsExactly(othersTop.id());
    }

    @Test
    void revertGivesTheConsumedOffcutsBackAndDiscardsTheOnesTheReleaseLeftOnTheRack() {
        CutListRelease release = givenRelease();
        CutListRelease later = givenRelease();
        Offcut taken = given("PRF-TOP", "WHITE", 1500);
        offcuts().consume(taken.id(), release.id());
        Offcut left = offcuts().insert(Offcut.available("PRF-TOP", "WHITE", 700, "WO-2026-00001", null,
                release.id(), NOW));
        Offcut leftAndUsedLater = offcuts().insert(Offcut.available("PRF-TOP", "WHITE", 800, "WO-2026-00001", null,
                release.id(), NOW));
        offcuts().consume(leftAndUsedLater.id(), later.id());
        Offcut byHand = given("PRF-TOP", "WHITE", 900);

        offcuts().revert(release.id());

        Offcut back = offcuts().findById(taken.id()).orElseThrow();
        assertThat(back.state()).isEqualTo(Offcut.State.AVAILABLE);
        assertThat(back.consumedByRelease()).isNull();
        assertThat(offcuts().findById(left.id()).orElseThrow().state()).isEqualTo(Offcut.State.DISCARDED);
        assertThat(offcuts().findById(leftAndUsedLater.id()).orElseThrow())
                .extracting(Offcut::state, Offcut::consumedByRelease)
                .containsExactly(Offcut.State.CONSUMED, later.id());
        assertThat(offcuts().findById(byHand.id())).contains(byHand);
        assertThat(offcuts().consumedBy(release.id())).isEmpty();
    }

    @Test
    void ofReleasesRacingForOneOffcutExactlyOneHasIt() throws Exception {
        List<CutListRelease> releases = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            releases.add(givenRelease());
        }
        Offcut contested = given("PRF-TOP", "WHITE", 2500);

        List<Race.Outcome<Boolean>> outcomes = Race.run(RACERS, i -> () ->
                store.transactions().inTransaction(() -> offcuts().consume(contested.id(), releases.get(i).id())));

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes).filteredOn(Race.Outcome::value).hasSize(1);
        Long winner = offcuts().findById(contested.id()).orElseThrow().consumedByRelease();
        assertThat(releases.stream().filter(r -> offcuts().consumedBy(r.id()).size() == 1).map(CutListRelease::id))
                .containsExactly(winner);
    }

    @Test
    void aFailedTransactionLeavesTheRackAsItWas() {
        CutListRelease release = givenRelease();
        Offcut stored = given("PRF-TOP", "WHITE", 1500);
        List<Offcut> before = everything();

        assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
            offcuts().consume(stored.id(), release.id());
            offcuts().insert(offcut("PRF-JAMB", null, 800));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(everything()).isEqualTo(before);
    }
}
