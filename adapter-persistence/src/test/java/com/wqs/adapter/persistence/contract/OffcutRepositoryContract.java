package com.wqs.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.OffcutRepository;
import com.wqs.application.port.out.OffcutSearch;
import com.wqs.application.port.out.contract.Race;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.cutting.Offcut.State;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.workorder.CutListRelease;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract of {@link OffcutRepository}, including the race of several releases for one offcut. */
public abstract class OffcutRepositoryContract extends OffcutRackContract {
    private static final int RELEASERS = 8;

    private OffcutRepository offcuts() {
        return store.offcuts();
    }

    @Test
    void insertAssignsAnIdAndVersionOneAndTheOffcutIsFoundWithEveryField() {
        CutListRelease release = givenRelease();
        Offcut offcut = new Offcut(424_242, "pvc-frame-70", "Anthrazit 7016 — Ölgrün ✓", 1_234,
                "WO-2026-00001, WO-2026-00002", "Regal B, Fach 3\nnicht knicken 🪟", State.AVAILABLE, release.id(), null,
                NOW, 7);

        Offcut stored = offcuts().insert(offcut);

        assertThat(stored.id()).isPositive().isNotEqualTo(424_242);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored).isEqualTo(new Offcut(stored.id(), "PVC-FRAME-70", "ANTHRAZIT 7016 — ÖLGRÜN ✓", 1_234,
                "WO-2026-00001, WO-2026-00002", "Regal B, Fach 3\nnicht knicken 🪟", State.AVAILABLE, release.id(),
                null, NOW, 1));
        assertThat(offcuts().findById(stored.id())).contains(stored);
    }

    @Test
    void anOffcutWithoutColourSourceNoteOrReleaseRoundTrips() {
        Offcut stored = offcuts().insert(Offcut.available("ALU-SASH", null, 600, null, null, null, NOW));

        assertThat(offcuts().findById(stored.id())).contains(stored);
        assertThat(stored.colour()).isNull();
        assertThat(stored.source()).isNull();
        assertThat(stored.note()).isNull();
        assertThat(stored.createdByRelease()).isNull();
        assertThat(stored.consumedByRelease()).isNull();
    }

    @Test
    void everyInsertGetsAnIdOfItsOwn() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(givenOffcut("PVC-FRAME-70", null, 500 + i).id());
        }

        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(offcuts().findById(id)).isPresent());
    }

    @Test
    void anUnknownOffcutIsNotFound() {
        assertThat(offcuts().findById(987_654_321L)).isEmpty();
    }

    @Test
    void updateStoresColourLengthNoteAndStateAndIncrementsTheVersion() {
        Offcut stored = givenOffcut("PVC-FRAME-70", "WHITE", 1_500);

        offcuts().update(stored.corrected("cream", 1_450, "rack A"));

        Offcut corrected = offcuts().findById(stored.id()).orElseThrow();
        assertThat(corrected).isEqualTo(new Offcut(stored.id(), "PVC-FRAME-70", "CREAM", 1_450, stored.source(),
                "rack A", State.AVAILABLE, null, null, NOW, 2));
        offcuts().update(corrected.discarded());
        assertThat(offcuts().findById(stored.id()).orElseThrow())
                .satisfies(o -> assertThat(o.state()).isEqualTo(State.DISCARDED))
                .satisfies(o -> assertThat(o.version()).isEqualTo(3));
    }

    @Test
    void aStaleUpdateIsAConflictAndChangesNothing() {
        Offcut stored = givenOffcut("PVC-FRAME-70", "WHITE", 1_500);
        offcuts().update(stored.corrected("WHITE", 1_400, "first writer"));

        assertThatThrownBy(() -> offcuts().update(stored.corrected("WHITE", 1_300, "second writer")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("offcut.stale"));
        Offcut current = offcuts().findById(stored.id()).orElseThrow();
        assertThat(current.note()).isEqualTo("first writer");
        assertThat(current.lengthMm()).isEqualTo(1_400);
        assertThat(current.version()).isEqualTo(2);
    }

    @Test
    void updatingAMissingOffcutIsAConflict() {
        Offcut missing = new Offcut(987_654_321L, "PVC-FRAME-70", null, 900, null, null, State.AVAILABLE, null, null,
                NOW, 1);

        assertThatThrownBy(() -> offcuts().update(missing)).isInstanceOf(ConflictException.class);
        assertThat(offcuts().findById(missing.id())).isEmpty();
    }

    @Test
    void searchSortsByMaterialCodeThenColourUncolouredFirstThenLongestFirstThenId() {
        // text compares by code point, as String.compareTo does: ÉCRU after WHITE, whatever the database's locale
        Offcut bWhite = givenOffcut("PVC-B", "WHITE", 900);
        Offcut aWhiteShort = givenOffcut("PVC-A", "WHITE", 700);
        Offcut aPlain = givenOffcut("PVC-A", null, 600);
        Offcut aAnthracite = givenOffcut("PVC-A", "ANTHRACITE", 500);
        Offcut aWhiteLong = givenOffcut("PVC-A", "WHITE", 1_800);
        Offcut aWhiteShortToo = givenOffcut("PVC-A", "WHITE", 700);
        Offcut ecruByCodePoint = givenOffcut("PVC-A", "écru", 800);
        Offcut aPlainLong = givenOffcut("PVC-A", null, 2_000);
        Offcut alu = givenOffcut("ALU-SASH", "WHITE", 650);

        assertThat(offcuts().search(OffcutSearch.available())).containsExactly(alu, aPlainLong, aPlain, aAnthracite,
                aWhiteLong, aWhiteShort, aWhiteShortToo, ecruByCodePoint, bWhite);
    }

    @Test
    void searchFiltersByProfileColourAndState() {
        Offcut plain = givenOffcut("PVC-A", null, 600);
        Offcut white = givenOffcut("PVC-A", "WHITE", 700);
        Offcut cream = givenOffcut("PVC-A", "CREAM", 800);
        Offcut otherProfile = givenOffcut("PVC-B", "WHITE", 900);
        Offcut discarded = givenOffcut("PVC-A", "WHITE", 1_000);
        offcuts().update(discarded.discarded());
        Offcut discardedNow = offcuts().findById(discarded.id()).orElseThrow();

        assertThat(offcuts().search(OffcutSearch.available("PVC-A", "WHITE"))).containsExactly(white);
        assertThat(offcuts().search(OffcutSearch.available("PVC-A", null))).containsExactly(plain);
        assertThat(offcuts().search(new OffcutSearch("PVC-A", null, false, Set.of(State.AVAILABLE))))
                .containsExactly(plain, cream, white);
        assertThat(offcuts().search(new OffcutSearch("PVC-A", null, false, Set.of())))
                .containsExactly(plain, cream, discardedNow, white);
        assertThat(offcuts().search(new OffcutSearch(null, null, false, EnumSet.of(State.DISCARDED, State.CONSUMED))))
                .containsExactly(discardedNow);
        assertThat(offcuts().search(new OffcutSearch(null, null, false, null)))
                .containsExactly(plain, cream, discardedNow, white, otherProfile);
        assertThat(offcuts().search(OffcutSearch.available("PVC-C", null))).isEmpty();
    }

    @Test
    void consumeTakesAnAvailableOffcutOnceForTheRelease() {
        CutListRelease release = givenRelease();
        CutListRelease later = givenRelease();
        Offcut offcut = givenOffcut("PVC-FRAME-70", "WHITE", 1_200);

        assertThat(offcuts().consume(offcut.id(), release.id())).isTrue();
        assertThat(offcuts().consume(offcut.id(), later.id())).isFalse();
        assertThat(offcuts().consume(offcut.id(), release.id())).isFalse();

        Offcut consumed = offcuts().findById(offcut.id()).orElseThrow();
        assertThat(consumed.state()).isEqualTo(State.CONSUMED);
        assertThat(consumed.consumedByRelease()).isEqualTo(release.id());
        assertThat(consumed.version()).isEqualTo(2);
        assertThat(offcuts().search(OffcutSearch.available())).isEmpty();
    }

    @Test
    void consumeRefusesADiscardedOrMissingOffcut() {
        CutListRelease release = givenRelease();
        Offcut discarded = givenOffcut("PVC-FRAME-70", "WHITE", 1_200);
        offcuts().update(discarded.discarded());

        assertThat(offcuts().consume(discarded.id(), release.id())).isFalse();
        assertThat(offcuts().consume(987_654_321L, release.id())).isFalse();
        assertThat(offcuts().findById(discarded.id()).orElseThrow().state()).isEqualTo(State.DISCARDED);
    }

    @Test
    void consumedByListsWhatTheReleaseTookSortedAsSearch() {
        CutListRelease release = givenRelease();
        CutListRelease other = givenRelease();
        Offcut shortWhite = givenOffcut("PVC-A", "WHITE", 600);
        Offcut longWhite = givenOffcut("PVC-A", "WHITE", 1_600);
        Offcut plain = givenOffcut("PVC-A", null, 900);
        Offcut takenByOther = givenOffcut("PVC-A", "WHITE", 1_000);
        givenOffcut("PVC-A", "WHITE", 1_100);
        for (Offcut o : List.of(shortWhite, longWhite, plain)) {
            offcuts().consume(o.id(), release.id());
        }
        offcuts().consume(takenByOther.id(), other.id());

        assertThat(offcuts().consumedBy(release.id())).extracting(Offcut::id)
                .containsExactly(plain.id(), longWhite.id(), shortWhite.id());
        assertThat(offcuts().consumedBy(release.id()))
                .allSatisfy(o -> assertThat(o.consumedByRelease()).isEqualTo(release.id()));
        assertThat(offcuts().consumedBy(other.id())).extracting(Offcut::id).containsExactly(takenByOther.id());
        assertThat(offcuts().consumedBy(givenRelease().id())).isEmpty();
    }

    @Test
    void revertPutsWhatTheReleaseTookBackAndDiscardsWhatItLeftThatIsStillOnTheRack() {
        CutListRelease earlier = givenRelease();
        CutListRelease release = givenRelease();
        CutListRelease later = givenRelease();
        Offcut fromEarlier = givenOffcutLeftBy(earlier, 1_100);
        Offcut byHand = givenOffcut("PVC-FRAME-70", "WHITE", 900);
        Offcut untouched = givenOffcut("PVC-FRAME-70", "WHITE", 800);
        offcuts().consume(fromEarlier.id(), release.id());
        offcuts().consume(byHand.id(), release.id());
        Offcut leftOnRack = givenOffcutLeftBy(release, 700);
        Offcut leftAndUsedLater = givenOffcutLeftBy(release, 650);
        offcuts().consume(leftAndUsedLater.id(), later.id());
        Offcut leftAndDiscardedByHand = givenOffcutLeftBy(release, 600);
        offcuts().update(leftAndDiscardedByHand.discarded());

        offcuts().revert(release.id());

        assertThat(offcuts().findById(fromEarlier.id()).orElseThrow()).isEqualTo(withVersion(fromEarlier, 3));
        assertThat(offcuts().findById(byHand.id()).orElseThrow()).isEqualTo(withVersion(byHand, 3));
        assertThat(offcuts().findById(untouched.id())).contains(untouched);
        Offcut discarded = offcuts().findById(leftOnRack.id()).orElseThrow();
        assertThat(discarded.state()).isEqualTo(State.DISCARDED);
        assertThat(discarded.version()).isEqualTo(2);
        Offcut usedLater = offcuts().findById(leftAndUsedLater.id()).orElseThrow();
        assertThat(usedLater.state()).isEqualTo(State.CONSUMED);
        assertThat(usedLater.consumedByRelease()).isEqualTo(later.id());
        assertThat(usedLater.version()).isEqualTo(2);
        assertThat(offcuts().findById(leftAndDiscardedByHand.id()).orElseThrow().version()).isEqualTo(2);
        assertThat(offcuts().consumedBy(release.id())).isEmpty();
        assertThat(offcuts().consumedBy(later.id())).extracting(Offcut::id).containsExactly(leftAndUsedLater.id());
        assertThat(offcuts().search(OffcutSearch.available())).extracting(Offcut::id)
                .containsExactly(fromEarlier.id(), byHand.id(), untouched.id());
    }

    @Test
    void revertingAReleaseThatTouchedNothingChangesNothing() {
        Offcut offcut = givenOffcut("PVC-FRAME-70", "WHITE", 900);

        offcuts().revert(givenRelease().id());

        assertThat(offcuts().findById(offcut.id())).contains(offcut);
    }

    @Test
    void ofConcurrentReleasesConsumingOneOffcutExactlyOneGetsIt() throws Exception {
        Offcut offcut = givenOffcut("PVC-FRAME-70", "WHITE", 1_500);
        List<CutListRelease> releases = new ArrayList<>();
        for (int i = 0; i < RELEASERS; i++) {
            releases.add(givenRelease());
        }

        List<Race.Outcome<Boolean>> outcomes = Race.run(RELEASERS, i -> () -> store.transactions()
                .inTransaction(() -> offcuts().consume(offcut.id(), releases.get(i).id())));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
        assertThat(outcomes).filteredOn(Race.Outcome::value).hasSize(1);
        int winner = outcomes.indexOf(outcomes.stream().filter(Race.Outcome::value).findFirst().orElseThrow());
        Offcut consumed = offcuts().findById(offcut.id()).orElseThrow();
        assertThat(consumed.state()).isEqualTo(State.CONSUMED);
        assertThat(consumed.consumedByRelease()).isEqualTo(releases.get(winner).id());
        assertThat(consumed.version()).isEqualTo(2);
    }

    private static Offcut withVersion(Offcut o, long version) {
        return new Offcut(o.id(), o.materialCode(), o.colour(), o.lengthMm(), o.source(), o.note(), o.state(),
                o.createdByRelease(), o.consumedByRelease(), o.createdAt(), version);
    }
}
