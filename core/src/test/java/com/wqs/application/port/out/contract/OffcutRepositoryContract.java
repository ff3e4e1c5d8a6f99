package com.wqs.application.port.out.contract;

import static com.wqs.testing.QuoteBuilder.aQuote;
import static com.wqs.testing.WorkOrderBuilder.aWorkOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.OffcutRepository;
import com.wqs.application.port.out.OffcutSearch;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.cutting.Offcut.State;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.User;
import com.wqs.domain.workorder.CutListRelease;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.testing.CatalogFixtures;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link OffcutRepository}: ids from the store, version 1 on insert and one more on every
 * change, optimistic updates, the rack's sort order, and {@code consume} as one conditional update that of
 * racing releases exactly one wins. The profiles PRF-TOP and PRF-JAMB are in the catalogue; releases are real
 * ones over stored work orders (the SQL stores hold foreign keys to both).
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

    /** An offcut the release left on the rack. */
    private Offcut givenLeftBy(CutListRelease release, int lengthMm) {
        return offcuts().insert(Offcut.available("PRF-TOP", "WHITE", lengthMm, "WO-2026-00001", null, release.id(),
                NOW));
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

    private static Offcut withVersion(Offcut o, long version) {
        return new Offcut(o.id(), o.materialCode(), o.colour(), o.lengthMm(), o.source(), o.note(), o.state(),
                o.createdByRelease(), o.consumedByRelease(), o.createdAt(), version);
    }

    @Test
    void anInsertedOffcutGetsAnIdAndVersionOneAndKeepsEveryField() {
        CutListRelease release = givenRelease();
        // the id and version given are ignored
        Offcut offcut = new Offcut(424_242, "prf-top", "ral 9016 — weiß, Ölgrün ✓", 1234,
                "WO-2026-00012, WO-2026-00013", "Regal B, Fach 3 ⚡\nnicht knicken 🪟", State.AVAILABLE, release.id(),
                null, NOW, 7);

        Offcut stored = offcuts().insert(offcut);

        assertThat(stored.id()).isPositive().isNotEqualTo(424_242);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.materialCode()).isEqualTo("PRF-TOP");
        assertThat(stored.colour()).isEqualTo("RAL 9016 — WEISS, ÖLGRÜN ✓");
        assertSameContent(stored, offcut, "id", "version");
        assertThat(offcuts().findById(stored.id())).contains(stored);
    }

    @Test
    void anOffcutWithoutColourSourceNoteOrReleaseRoundTrips() {
        Offcut stored = offcuts().insert(Offcut.available("PRF-JAMB", null, 600, null, null, null, NOW));

        assertThat(offcuts().findById(stored.id())).contains(stored);
        assertThat(stored.colour()).isNull();
        assertThat(stored.source()).isNull();
        assertThat(stored.note()).isNull();
        assertThat(stored.createdByRelease()).isNull();
        assertThat(stored.consumedByRelease()).isNull();
    }

    @Test
    void idsComeFromTheStoreInIncreasingOrder() {
        List<Offcut> inserted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inserted.add(given("PRF-TOP", null, 900));
        }

        assertThat(inserted).extracting(Offcut::id).isSorted().doesNotHaveDuplicates();
        assertThat(inserted).allSatisfy(o -> assertThat(offcuts().findById(o.id())).contains(o));
        assertThat(offcuts().findById(inserted.get(4).id() + 1000)).isEmpty();
        assertThat(offcuts().findById(987_654_321L)).isEmpty();
    }

    @Test
    void theRackIsSortedByProfileColourUncolouredFirstLongestFirstThenId() {
        // text compares by code point, as String.compareTo does: ÉCRU after WHITE, whatever the database's locale
        Offcut jamb = given("PRF-JAMB", "WHITE", 700);
        Offcut topWhiteShort = given("PRF-TOP", "WHITE", 600);
        Offcut topPlain = given("PRF-TOP", null, 500);
        Offcut topEcru = given("PRF-TOP", "écru", 800);
        Offcut topWhiteLong = given("PRF-TOP", "WHITE", 2000);
        Offcut topBlack = given("PRF-TOP", "BLACK", 800);
        Offcut topWhiteShortToo = given("PRF-TOP", "WHITE", 600);
        Offcut topPlainLong = given("PRF-TOP", null, 2500);

        assertThat(offcuts().search(OffcutSearch.available())).containsExactly(jamb, topPlainLong, topPlain,
                topBlack, topWhiteLong, topWhiteShort, topWhiteShortToo, topEcru);
    }

    @Test
    void aSearchNarrowsByProfileColourAndState() {
        Offcut white = given("PRF-TOP", "WHITE", 1000);
        Offcut plain = given("PRF-TOP", null, 1000);
        Offcut cream = given("PRF-TOP", "CREAM", 800);
        Offcut jamb = given("PRF-JAMB", "WHITE", 1000);
        Offcut discarded = given("PRF-TOP", "WHITE", 900);
        offcuts().update(discarded.discarded());
        Offcut discardedNow = offcuts().findById(discarded.id()).orElseThrow();

        assertThat(offcuts().search(OffcutSearch.available("PRF-TOP", "WHITE"))).containsExactly(white);
        assertThat(offcuts().search(OffcutSearch.available("PRF-TOP", null))).containsExactly(plain);
        assertThat(offcuts().search(new OffcutSearch("PRF-TOP", null, false, Set.of(State.AVAILABLE))))
                .containsExactly(plain, cream, white);
        assertThat(offcuts().search(new OffcutSearch("PRF-TOP", null, false, null)))
                .containsExactly(plain, cream, white, discardedNow);
        assertThat(offcuts().search(new OffcutSearch("PRF-TOP", null, false, Set.of())))
                .as("no states: every state").containsExactly(plain, cream, white, discardedNow);
        assertThat(offcuts().search(new OffcutSearch("PRF-TOP", "WHITE", false, EnumSet.of(State.DISCARDED))))
                .containsExactly(discardedNow);
        assertThat(offcuts().search(new OffcutSearch(null, null, false, EnumSet.of(State.DISCARDED, State.CONSUMED))))
                .containsExactly(discardedNow);
        assertThat(offcuts().search(OffcutSearch.available())).containsExactly(jamb, plain, cream, white);
        assertThat(everything()).containsExactly(jamb, plain, cream, white, discardedNow);
        assertThat(offcuts().search(OffcutSearch.available("PRF-SILL", null))).isEmpty();
    }

    @Test
    void aSearchMatchesProfileAndColourAsStoredWhateverTheirCaseAndSpaces() {
        Offcut white = given("PRF-TOP", "RAL 9016 Weiß", 1000);
        given("PRF-TOP", "BLACK", 1000);

        assertThat(offcuts().search(OffcutSearch.available(" prf-top ", "  ral 9016 weiß ")))
                .containsExactly(white);
        assertThat(offcuts().search(new OffcutSearch("Prf-Top", "Ral 9016 WEISS", false, null)))
                .containsExactly(white);
    }

    @Test
    void aColourIsOnlyLookedAtWithAProfile() {
        Offcut jambWhite = given("PRF-JAMB", "WHITE", 1000);
        Offcut topPlain = given("PRF-TOP", null, 1000);
        Offcut topBlack = given("PRF-TOP", "BLACK", 1000);

        assertThat(offcuts().search(new OffcutSearch(null, "BLACK", false, null)))
                .containsExactly(jambWhite, topPlain, topBlack);
        assertThat(offcuts().search(new OffcutSearch(null, null, true, null)))
                .containsExactly(jambWhite, topPlain, topBlack);
        assertThat(offcuts().search(new OffcutSearch("PRF-TOP", null, true, null))).containsExactly(topPlain);
    }

    @Test
    void anUpdateChangesColourLengthNoteAndStateOnTheVersionRead() {
        Offcut stored = given("PRF-TOP", "WHITE", 1500);

        offcuts().update(stored.corrected("black", 1400, "rack C"));

        Offcut updated = offcuts().findById(stored.id()).orElseThrow();
        assertThat(updated).isEqualTo(new Offcut(stored.id(), "PRF-TOP", "BLACK", 1400, stored.source(), "rack C",
                State.AVAILABLE, null, null, stored.createdAt(), 2));

        offcuts().update(updated.discarded());
        assertThat(offcuts().findById(stored.id()).orElseThrow())
                .extracting(Offcut::state, Offcut::version)
                .containsExactly(State.DISCARDED, 3L);
    }

    @Test
    void aStaleOrMissingUpdateIsAConflictAndChangesNothing() {
        Offcut stored = given("PRF-TOP", "WHITE", 1500);
        offcuts().update(stored.corrected("WHITE", 1400, "first writer"));
        Offcut missing = new Offcut(stored.id() + 1000, "PRF-TOP", null, 900, null, null, State.AVAILABLE, null,
                null, NOW, 1);

        assertThatThrownBy(() -> offcuts().update(stored.corrected("WHITE", 1300, "second writer")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("offcut.stale"));
        assertThatThrownBy(() -> offcuts().update(missing)).isInstanceOf(ConflictException.class);

        Offcut current = offcuts().findById(stored.id()).orElseThrow();
        assertThat(current.lengthMm()).isEqualTo(1400);
        assertThat(current.note()).isEqualTo("first writer");
        assertThat(current.version()).isEqualTo(2);
        assertThat(offcuts().findById(missing.id())).isEmpty();
    }

    @Test
    void consumeTakesAnAvailableOffcutOnceForTheRelease() {
        CutListRelease release = givenRelease();
        CutListRelease later = givenRelease();
        Offcut stored = given("PRF-TOP", "WHITE", 1500);
        Offcut discarded = given("PRF-TOP", "WHITE", 1500);
        offcuts().update(discarded.discarded());

        assertThat(offcuts().consume(stored.id(), release.id())).isTrue();
        assertThat(offcuts().consume(stored.id(), later.id())).isFalse();
        assertThat(offcuts().consume(stored.id(), release.id())).isFalse();
        assertThat(offcuts().consume(discarded.id(), release.id())).isFalse();
        assertThat(offcuts().consume(stored.id() + 1000, release.id())).isFalse();

        Offcut consumed = offcuts().findById(stored.id()).orElseThrow();
        assertThat(consumed.state()).isEqualTo(State.CONSUMED);
        assertThat(consumed.consumedByRelease()).isEqualTo(release.id());
        assertThat(consumed.version()).isEqualTo(stored.version() + 1);
        assertThat(offcuts().findById(discarded.id()).orElseThrow())
                .extracting(Offcut::state, Offcut::consumedByRelease, Offcut::version)
                .containsExactly(State.DISCARDED, null, 2L);
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
        Offcut plainTop = given("PRF-TOP", null, 700);
        Offcut othersTop = given("PRF-TOP", "WHITE", 1000);
        given("PRF-TOP", "WHITE", 1100);
        for (Offcut offcut : List.of(shortTop, jamb, longTop, plainTop)) {
            assertThat(offcuts().consume(offcut.id(), release.id())).isTrue();
        }
        assertThat(offcuts().consume(othersTop.id(), other.id())).isTrue();

        assertThat(offcuts().consumedBy(release.id())).extracting(Offcut::id)
                .containsExactly(jamb.id(), plainTop.id(), longTop.id(), shortTop.id());
        assertThat(offcuts().consumedBy(release.id()))
                .allSatisfy(o -> assertThat(o.consumedByRelease()).isEqualTo(release.id()));
        assertThat(offcuts().consumedBy(other.id())).extracting(Offcut::id).containsExactly(othersTop.id());
        assertThat(offcuts().consumedBy(givenRelease().id())).isEmpty();
    }

    @Test
    void revertGivesTheConsumedOffcutsBackAndDiscardsTheOnesTheReleaseLeftOnTheRack() {
        CutListRelease earlier = givenRelease();
        CutListRelease release = givenRelease();
        CutListRelease later = givenRelease();
        Offcut fromEarlier = givenLeftBy(earlier, 1100);
        Offcut byHand = given("PRF-TOP", "WHITE", 900);
        Offcut untouched = given("PRF-TOP", "WHITE", 800);
        offcuts().consume(fromEarlier.id(), release.id());
        offcuts().consume(byHand.id(), release.id());
        Offcut leftOnRack = givenLeftBy(release, 700);
        Offcut leftAndUsedLater = givenLeftBy(release, 650);
        offcuts().consume(leftAndUsedLater.id(), later.id());
        Offcut leftAndDiscardedByHand = givenLeftBy(release, 600);
        offcuts().update(leftAndDiscardedByHand.discarded());

        offcuts().revert(release.id());

        assertThat(offcuts().findById(fromEarlier.id())).as("back on the rack, still left by the earlier release")
                .contains(withVersion(fromEarlier, 3));
        assertThat(offcuts().findById(byHand.id())).contains(withVersion(byHand, 3));
        assertThat(offcuts().findById(untouched.id())).contains(untouched);
        assertThat(offcuts().findById(leftOnRack.id()).orElseThrow())
                .extracting(Offcut::state, Offcut::createdByRelease, Offcut::consumedByRelease, Offcut::version)
                .containsExactly(State.DISCARDED, release.id(), null, 2L);
        assertThat(offcuts().findById(leftAndUsedLater.id()).orElseThrow())
                .extracting(Offcut::state, Offcut::consumedByRelease, Offcut::version)
                .containsExactly(State.CONSUMED, later.id(), 2L);
        assertThat(offcuts().findById(leftAndDiscardedByHand.id()).orElseThrow())
                .extracting(Offcut::state, Offcut::version)
                .containsExactly(State.DISCARDED, 2L);
        assertThat(offcuts().consumedBy(release.id())).isEmpty();
        assertThat(offcuts().consumedBy(later.id())).extracting(Offcut::id).containsExactly(leftAndUsedLater.id());
        assertThat(offcuts().search(OffcutSearch.available())).extracting(Offcut::id)
                .containsExactly(fromEarlier.id(), byHand.id(), untouched.id());
    }

    @Test
    void anOffcutTheReleaseBothLeftAndCutEndsDiscardedOnRevert() {
        CutListRelease release = givenRelease();
        Offcut leftAndCut = givenLeftBy(release, 900);
        offcuts().consume(leftAndCut.id(), release.id());
        long consumedVersion = offcuts().findById(leftAndCut.id()).orElseThrow().version();

        offcuts().revert(release.id());

        Offcut reverted = offcuts().findById(leftAndCut.id()).orElseThrow();
        assertThat(reverted.state()).isEqualTo(State.DISCARDED);
        assertThat(reverted.consumedByRelease()).isNull();
        assertThat(reverted.version()).isGreaterThan(consumedVersion);
        assertThat(offcuts().consumedBy(release.id())).isEmpty();
        assertThat(offcuts().search(OffcutSearch.available())).isEmpty();
    }

    @Test
    void revertingAReleaseThatTouchedNothingChangesNothing() {
        Offcut offcut = given("PRF-TOP", "WHITE", 900);
        List<Offcut> before = everything();

        offcuts().revert(givenRelease().id());

        assertThat(offcuts().findById(offcut.id())).contains(offcut);
        assertThat(everything()).isEqualTo(before);
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

        assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
        assertThat(outcomes).filteredOn(Race.Outcome::value).hasSize(1);
        int winner = outcomes.indexOf(outcomes.stream().filter(Race.Outcome::value).findFirst().orElseThrow());
        Offcut consumed = offcuts().findById(contested.id()).orElseThrow();
        assertThat(consumed.state()).isEqualTo(State.CONSUMED);
        assertThat(consumed.consumedByRelease()).isEqualTo(releases.get(winner).id());
        assertThat(consumed.version()).isEqualTo(2);
        assertThat(releases.stream().filter(r -> offcuts().consumedBy(r.id()).size() == 1).map(CutListRelease::id))
                .containsExactly(releases.get(winner).id());
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
