package com.wqs.application.port.out;

import com.wqs.domain.cutting.Offcut;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which offcuts to list (codes and colours are matched upper-cased, as stored): of one profile (null: all), of one colour (only with a profile; null: any colour,
 * and {@code uncolouredOnly} for those without a colour), in the given states (empty: all).
 */
public record OffcutSearch(String materialCode, String colour, boolean uncolouredOnly, Set<Offcut.State> states) {

    public OffcutSearch {
        materialCode = materialCode == null || materialCode.isBlank() ? null : materialCode.strip().toUpperCase(Locale.ROOT);
        colour = colour == null || colour.isBlank() ? null : colour.strip().toUpperCase(Locale.ROOT);
        states = states == null || states.isEmpty() ? EnumSet.allOf(Offcut.State.class) : EnumSet.copyOf(states);
    }

    /** The offcuts on the rack, of every profile. */
    public static OffcutSearch available() {
        return new OffcutSearch(null, null, false, EnumSet.of(Offcut.State.AVAILABLE));
    }

    /** The offcuts on the rack of one profile in one colour (null: the uncoloured ones). */
    public static OffcutSearch available(String materialCode, String colour) {
        return new OffcutSearch(materialCode, colour, colour == null, EnumSet.of(Offcut.State.AVAILABLE));
    }
}
