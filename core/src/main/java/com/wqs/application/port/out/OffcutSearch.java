package com.wqs.application.port.out;

import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.shared.ValidationException;
import java.util.Arrays;
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

    /**
     * The search typed by a person: a profile code, a colour of it ({@code none} for the uncoloured pieces) and
     * a state ({@code ALL} for every state; default AVAILABLE); blank means not given. A colour without a
     * profile and an unknown state are validation errors on {@code materialCode} and {@code state}.
     */
    public static OffcutSearch of(String materialCode, String colour, String state) {
        boolean hasMaterial = materialCode != null && !materialCode.isBlank();
        boolean hasColour = colour != null && !colour.isBlank();
        if (hasColour && !hasMaterial) {
            throw new ValidationException("materialCode", "is required with colour: colours are per profile");
        }
        Set<Offcut.State> states;
        if (state == null || state.isBlank()) {
            states = EnumSet.of(Offcut.State.AVAILABLE);
        } else if (state.strip().equalsIgnoreCase("ALL")) {
            states = EnumSet.allOf(Offcut.State.class);
        } else {
            states = EnumSet.of(Arrays.stream(Offcut.State.values())
                    .filter(s -> s.name().equalsIgnoreCase(state.strip())).findFirst()
                    .orElseThrow(() -> new ValidationException("state", "must be one of "
                            + Arrays.toString(Offcut.State.values()) + " or ALL")));
        }
        boolean uncoloured = hasColour && colour.strip().equalsIgnoreCase("none");
        return new OffcutSearch(materialCode, uncoloured ? null : colour, uncoloured, states);
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
