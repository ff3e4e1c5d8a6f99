package com.wqs.domain.layout;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a cell of a window opens, seen from outside. Left/right name the hinge side (casements, tilt-turn,
 * doors) or the direction the leaf slides to open (sliding).
 */
public enum Opening {
    FIXED("FIX"),
    CASEMENT_LEFT("CL"),
    CASEMENT_RIGHT("CR"),
    TILT_TURN_LEFT("TTL"),
    TILT_TURN_RIGHT("TTR"),
    AWNING("AW"),
    HOPPER("HO"),
    SLIDING_LEFT("SL"),
    SLIDING_RIGHT("SR"),
    DOOR_LEFT("DL"),
    DOOR_RIGHT("DR");

    private final String shortCode;

    Opening(String shortCode) {
        this.shortCode = shortCode;
    }

    /** The code used by the layout notation, e.g. {@code CL} for {@link #CASEMENT_LEFT}. */
    public String shortCode() {
        return shortCode;
    }

    /** A sash (leaf) is every cell that opens; a fixed cell is glazed straight into the frame. */
    public boolean isSash() {
        return this != FIXED;
    }

    /** An opening by its name or short code, case-insensitive. */
    public static Optional<Opening> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(o -> o.name().equals(wanted) || o.shortCode.equals(wanted))
                .findFirst();
    }

}
