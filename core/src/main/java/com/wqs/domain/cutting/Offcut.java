package com.wqs.domain.cutting;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A piece of profile kept in the workshop's offcut rack: which profile and colour (both upper-cased, as quote
 * lines hold them; colour null for an uncoloured profile), its length (both ends clean), where it came from ({@code source}: the work orders whose cut list left
 * it, or free text for one entered by hand), a note (e.g. rack position), its state, the cut-list release that
 * left it ({@code createdByRelease}, null when entered by hand) and the one that used it ({@code
 * consumedByRelease}, set while {@link State#CONSUMED}), and the optimistic-locking version.
 *
 * <p>Its id is assigned by the store ({@code 0} until then); the saw sheet shows it as {@code OC-<id>}.
 */
public record Offcut(long id, String materialCode, String colour, int lengthMm, String source, String note,
        State state, Long createdByRelease, Long consumedByRelease, Instant createdAt, long version) {
    public static final int MAX_CODE_LENGTH = TextLimits.CODE;
    public static final int MAX_COLOUR_LENGTH = TextLimits.COLOUR;
    public static final int MAX_SOURCE_LENGTH = TextLimits.NAME;
    public static final int MAX_NOTE_LENGTH = TextLimits.DESCRIPTION;

    /** Where an offcut is in its life: on the rack, cut by a released cut list, or thrown away by hand. */
    public enum State { AVAILABLE, CONSUMED, DISCARDED }

    public Offcut {
        List<FieldError> errors = new ArrayList<>();
        if (materialCode == null || materialCode.isBlank()) {
            errors.add(new FieldError("materialCode", "is required"));
        } else if (materialCode.strip().length() > MAX_CODE_LENGTH) {
            errors.add(new FieldError("materialCode", TextLimits.tooLong(MAX_CODE_LENGTH)));
        }
        if (colour != null && colour.strip().length() > MAX_COLOUR_LENGTH) {
            errors.add(new FieldError("colour", TextLimits.tooLong(MAX_COLOUR_LENGTH)));
        }
        if (lengthMm < 1 || lengthMm > CutPiece.MAX_LENGTH_MM) {
            errors.add(new FieldError("lengthMm", "must be between 1 and " + CutPiece.MAX_LENGTH_MM + " mm"));
        }
        if (source != null && source.strip().length() > MAX_SOURCE_LENGTH) {
            errors.add(new FieldError("source", TextLimits.tooLong(MAX_SOURCE_LENGTH)));
        }
        if (note != null && note.strip().length() > MAX_NOTE_LENGTH) {
            errors.add(new FieldError("note", TextLimits.tooLong(MAX_NOTE_LENGTH)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        materialCode = materialCode.strip().toUpperCase(Locale.ROOT);
        colour = colour == null || colour.isBlank() ? null : colour.strip().toUpperCase(Locale.ROOT);
        source = blankToNull(source);
        note = blankToNull(note);
    }

    /** A new offcut on the rack, not yet stored. */
    public static Offcut available(String materialCode, String colour, int lengthMm, String source, String note,
            Long createdByRelease, Instant createdAt) {
        return new Offcut(0, materialCode, colour, lengthMm, source, note, State.AVAILABLE, createdByRelease, null,
                createdAt, 0);
    }

    /** The saw sheet's name for the offcut with this id. */
    public static String label(long id) {
        return "OC-" + id;
    }

    public String label() {
        return label(id);
    }

    /** The id in an offcut's name as the saw sheet prints it ({@code OC-17}, any case) or bare ({@code 17}). */
    public static OptionalLong idOf(String text) {
        String digits = text == null ? "" : text.strip();
        if (digits.regionMatches(true, 0, "OC-", 0, 3)) {
            digits = digits.substring(3);
        }
        return digits.matches("[0-9]{1,18}") ? OptionalLong.of(Long.parseLong(digits)) : OptionalLong.empty();
    }

    public boolean isAvailable() {
        return state == State.AVAILABLE;
    }

    /** This offcut as stock the optimiser may cut from, under its {@linkplain #label() label}. */
    public StockOffcut toStock() {
        return new StockOffcut(label(), lengthMm, source);
    }

    /** The same offcut with the given length, colour and note (a correction by hand), same id and version. */
    public Offcut corrected(String newColour, int newLengthMm, String newNote) {
        return new Offcut(id, materialCode, newColour, newLengthMm, source, newNote, state, createdByRelease,
                consumedByRelease, createdAt, version);
    }

    public Offcut discarded() {
        return new Offcut(id, materialCode, colour, lengthMm, source, note, State.DISCARDED, createdByRelease,
                consumedByRelease, createdAt, version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
