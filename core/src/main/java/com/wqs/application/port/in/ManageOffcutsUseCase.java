package com.wqs.application.port.in;

import com.wqs.application.port.out.OffcutSearch;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.user.Actor;
import java.util.List;

/**
 * The offcut rack by hand: everyone signed in reads it; ADMIN and PRODUCTION add, correct and discard offcuts
 * (others are FORBIDDEN). Released cut lists take offcuts from the rack and put new ones on it by themselves
 * (see {@link ManageWorkOrdersUseCase#release}).
 */
public interface ManageOffcutsUseCase {
    List<Offcut> list(Actor actor, OffcutSearch search);

    Offcut get(Actor actor, long id);

    /** Puts an offcut on the rack; the material must be a profile sold by length (with a stock bar length). */
    Offcut add(Actor actor, OffcutCommand command);

    /** Corrects colour, length and note of an AVAILABLE offcut; a stale version → CONFLICT. */
    Offcut correct(Actor actor, long id, OffcutCommand command);

    /** Takes an AVAILABLE offcut off the rack (state DISCARDED); a stale version → CONFLICT. */
    Offcut discard(Actor actor, long id, long version);
}
