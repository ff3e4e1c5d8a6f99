package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.wqs.application.port.in.ManageOffcutsUseCase;
import com.wqs.application.port.in.OffcutCommand;
import com.wqs.application.port.out.OffcutSearch;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offcut rack by hand: everyone reads it, ADMIN and PRODUCTION add, correct and discard. */
class OffcutServiceTest {
    private final ServiceTestbed bed = new ServiceTestbed();
    private final ManageOffcutsUseCase offcuts = bed.useCases.offcuts();

    private Offcut add(Actor actor, String code, String colour, Integer lengthMm, String note) {
        return offcuts.add(actor, new OffcutCommand(code, colour, lengthMm, note, null));
    }

    @Test
    void productionPutsAnOffcutOnTheRack() {
        Offcut added = add(bed.production, " prf-top ", "white", 1250, "rack A, shelf 2");

        assertThat(added.id()).isPositive();
        assertThat(added.version()).isEqualTo(1);
        assertThat(added.materialCode()).isEqualTo("PRF-TOP");
        assertThat(added.colour()).isEqualTo("WHITE");
        assertThat(added.lengthMm()).isEqualTo(1250);
        assertThat(added.note()).isEqualTo("rack A, shelf 2");
        assertThat(added.source()).isEqualTo("entered by hand");
        assertThat(added.state()).isEqualTo(Offcut.State.AVAILABLE);
        assertThat(added.createdByRelease()).isNull();
        assertThat(added.createdAt()).isEqualTo(ServiceTestbed.START);
        assertThat(offcuts.get(bed.sales, added.id())).isEqualTo(added);
        assertThat(add(bed.admin, "PRF-JAMB", null, 6000, null).colour()).isNull();
    }

    @Test
    void everyoneReadsTheRackAvailableOffcutsByDefaultInRackOrder() {
        Offcut shortTop = add(bed.production, "PRF-TOP", "WHITE", 900, null);
        Offcut jamb = add(bed.production, "PRF-JAMB", null, 900, null);
        Offcut longTop = add(bed.production, "PRF-TOP", "WHITE", 1900, null);
        Offcut gone = offcuts.discard(bed.production, add(bed.production, "PRF-TOP", null, 800, null).id(), 1);

        for (Actor actor : bed.everyone()) {
            assertThat(offcuts.list(actor, null)).as("%s", actor.role())
                    .containsExactly(jamb, longTop, shortTop);
        }
        assertThat(offcuts.list(bed.sales, OffcutSearch.available("PRF-TOP", "white"))).containsExactly(longTop,
                shortTop);
        assertThat(offcuts.list(bed.sales, new OffcutSearch(null, null, false, EnumSet.of(Offcut.State.DISCARDED))))
                .containsExactly(gone);
    }

    @Test
    void salesChangeNothingOnTheRack() {
        Offcut offcut = add(bed.production, "PRF-TOP", "WHITE", 1250, null);

        assertThatThrownBy(() -> add(bed.sales, "PRF-TOP", "WHITE", 1250, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> offcuts.correct(bed.sales, offcut.id(),
                new OffcutCommand(null, "WHITE", 1200, null, 1L))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> offcuts.discard(bed.sales, offcut.id(), 1)).isInstanceOf(ForbiddenException.class);
        assertThat(offcuts.list(bed.admin, null)).containsExactly(offcut);
    }

    @Test
    void aCorrectionChangesColourLengthAndNoteOnTheVersionRead() {
        Offcut offcut = add(bed.production, "PRF-TOP", "WHITE", 1250, "rack A");

        Offcut corrected = offcuts.correct(bed.admin, offcut.id(), new OffcutCommand("prf-top", "black", 1180,
                "rack B", 1L));

        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.colour()).isEqualTo("BLACK");
        assertThat(corrected.lengthMm()).isEqualTo(1180);
        assertThat(corrected.note()).isEqualTo("rack B");
        assertThat(corrected.materialCode()).isEqualTo("PRF-TOP");
        assertThat(corrected.source()).isEqualTo(offcut.source());
    }

    @Test
    void aStaleVersionIsAConflictAndAMissingOneIsInvalid() {
        Offcut offcut = add(bed.production, "PRF-TOP", "WHITE", 1250, null);
        offcuts.correct(bed.production, offcut.id(), new OffcutCommand(null, "WHITE", 1200, null, 1L));

        Throwable stale = catchThrowable(() -> offcuts.correct(bed.production, offcut.id(),
                new OffcutCommand(null, "WHITE", 1100, null, 1L)));
        Throwable staleDiscard = catchThrowable(() -> offcuts.discard(bed.production, offcut.id(), 1));

        assertThat(stale).isInstanceOf(ConflictException.class);
        assertThat(((ConflictException) stale).code()).isEqualTo("offcut.stale");
        assertThat(staleDiscard).isInstanceOf(ConflictException.class);
        assertThat(fields(() -> offcuts.correct(bed.production, offcut.id(),
                new OffcutCommand(null, "WHITE", 1100, null, null)))).containsExactly("version");
        assertThat(offcuts.get(bed.admin, offcut.id()).lengthMm()).isEqualTo(1200);
    }

    @Test
    void aDiscardedOffcutLeavesTheRackAndCanNoLongerBeChanged() {
        Offcut offcut = add(bed.production, "PRF-TOP", "WHITE", 1250, null);

        Offcut discarded = offcuts.discard(bed.admin, offcut.id(), 1);

        assertThat(discarded.state()).isEqualTo(Offcut.State.DISCARDED);
        assertThat(discarded.version()).isEqualTo(2);
        assertThat(offcuts.list(bed.admin, null)).isEmpty();
        Throwable thrown = catchThrowable(() -> offcuts.correct(bed.production, offcut.id(),
                new OffcutCommand(null, "WHITE", 1200, null, 2L)));
        assertThat(thrown).isInstanceOf(ConflictException.class);
        assertThat(((ConflictException) thrown).code()).isEqualTo("offcut.not_available");
        assertThatThrownBy(() -> offcuts.discard(bed.admin, offcut.id(), 2)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theProfileOfAnOffcutCannotBeChanged() {
        Offcut offcut = add(bed.production, "PRF-TOP", "WHITE", 1250, null);

        assertThat(fields(() -> offcuts.correct(bed.production, offcut.id(),
                new OffcutCommand("PRF-JAMB", "WHITE", 1250, null, 1L)))).containsExactly("materialCode");
        assertThat(offcuts.get(bed.production, offcut.id())).isEqualTo(offcut);
    }

    @Test
    void anOffcutMustBeOfAKnownProfileBoughtInBarsAndNoLongerThanABar() {
        assertThat(fields(() -> add(bed.production, "PRF-NOPE", null, 1000, null))).containsExactly("materialCode");
        assertThat(fields(() -> add(bed.production, "HW-ROLL", null, 1000, null))).containsExactly("materialCode");
        assertThat(fields(() -> add(bed.production, "GS-EPDM", null, 1000, null)))
                .as("sold by the metre, but from a roll").containsExactly("materialCode");
        Throwable tooLong = catchThrowable(() -> add(bed.production, "PRF-TOP", "WHITE", 6001, null));
        assertThat(fields(tooLong)).containsExactly("lengthMm");
        assertThat(tooLong.getMessage()).contains("6000 mm bar of PRF-TOP");
        assertThat(fields(() -> add(bed.production, "PRF-TOP", "WHITE", null, null))).containsExactly("lengthMm");
        assertThat(fields(() -> add(bed.production, "PRF-TOP", "WHITE", 0, null))).containsExactly("lengthMm");
        assertThat(fields(() -> add(bed.production, " ", "WHITE", 1000, null))).containsExactly("materialCode");
        Offcut offcut = add(bed.production, "PRF-TOP", "WHITE", 1250, null);
        assertThat(fields(() -> offcuts.correct(bed.production, offcut.id(),
                new OffcutCommand(null, "WHITE", 6500, null, 1L)))).containsExactly("lengthMm");
        assertThat(offcuts.list(bed.admin, new OffcutSearch(null, null, false, null))).containsExactly(offcut);
    }

    @Test
    void anUnknownOffcutIsNotFound() {
        assertThatThrownBy(() -> offcuts.get(bed.admin, 4242)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> offcuts.discard(bed.admin, 4242, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> offcuts.correct(bed.admin, 4242, new OffcutCommand(null, null, 900, null, 1L)))
                .isInstanceOf(NotFoundException.class);
    }

    private static List<String> fields(Runnable action) {
        return fields(catchThrowable(action::run));
    }

    private static List<String> fields(Throwable thrown) {
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return ((ValidationException) thrown).errors().stream().map(FieldError::field).toList();
    }
}
