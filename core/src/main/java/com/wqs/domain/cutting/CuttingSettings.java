package com.wqs.domain.cutting;

import com.wqs.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * How the saw works, all in mm: the kerf (material the blade turns to dust at every cut), the trim taken off
 * EACH end of a new bar (factory ends are not clean), the extra length added for every end of a piece that is
 * not cut square (when the shop wants room to re-cut a mitre), and the shortest remainder worth keeping as an
 * offcut for later jobs.
 *
 * <p>A piece {@linkplain #consumedMm(CutPiece) consumes} its length, the mitre allowance of each angled end
 * and one kerf along the bar. The record accepts any values; {@link #check(String)} lists the bad ones and the
 * optimiser refuses settings that do not pass it.
 */
public record CuttingSettings(int kerfMm, int trimMm, int mitreAllowanceMm, int minOffcutMm) {
    /** Kerf 4 mm, trim 10 mm at each end, no mitre allowance, offcuts of 500 mm or more kept. */
    public static final CuttingSettings DEFAULTS = new CuttingSettings(4, 10, 0, 500);
    public static final int MAX_KERF_MM = 20;
    public static final int MAX_TRIM_MM = 200;
    public static final int MAX_MITRE_ALLOWANCE_MM = 100;
    public static final int MAX_MIN_OFFCUT_MM = 20_000;

    /** The bad fields, each path prefixed with {@code prefix} (e.g. {@code settings.}); empty when all is well. */
    public List<FieldError> check(String prefix) {
        List<FieldError> errors = new ArrayList<>();
        checkRange(errors, prefix + "kerfMm", kerfMm, MAX_KERF_MM);
        checkRange(errors, prefix + "trimMm", trimMm, MAX_TRIM_MM);
        checkRange(errors, prefix + "mitreAllowanceMm", mitreAllowanceMm, MAX_MITRE_ALLOWANCE_MM);
        checkRange(errors, prefix + "minOffcutMm", minOffcutMm, MAX_MIN_OFFCUT_MM);
        return errors;
    }

    /** These settings with each given value (not null) in place of the current one: a job's overrides. */
    public CuttingSettings with(Integer kerf, Integer trim, Integer mitreAllowance, Integer minOffcut) {
        return new CuttingSettings(kerf == null ? kerfMm : kerf, trim == null ? trimMm : trim,
                mitreAllowance == null ? mitreAllowanceMm : mitreAllowance, minOffcut == null ? minOffcutMm : minOffcut);
    }

    /** What {@code piece} takes along the bar: its length + the mitre allowance per angled end + one kerf. */
    public int consumedMm(CutPiece piece) {
        return piece.lengthMm() + mitreAllowanceMm * piece.angledEnds() + kerfMm;
    }

    /** What a new bar of {@code barLengthMm} offers to pieces once both ends are trimmed. */
    public int usableMm(int barLengthMm) {
        return barLengthMm - 2 * trimMm;
    }

    /** Whether a remainder of this length is kept as an offcut: it is not empty and at least the minimum. */
    public boolean keeps(int remainderMm) {
        return remainderMm > 0 && remainderMm >= minOffcutMm;
    }

    private static void checkRange(List<FieldError> errors, String field, int value, int max) {
        if (value < 0 || value > max) {
            errors.add(new FieldError(field, "must be between 0 and " + max + " mm"));
        }
    }
}
