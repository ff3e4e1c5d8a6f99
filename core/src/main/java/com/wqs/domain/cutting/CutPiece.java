package com.wqs.domain.cutting;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One piece to cut from a profile bar: a label the saw operator reads (e.g. {@code WO-2026-00012 L2-B sash
 * top}), its length in mm measured on its longest edge, and the saw angle at each end in degrees (90 a square
 * cut, 45 a mitre; null means square). Angles must lie between {@link #MIN_ANGLE} and {@link #MAX_ANGLE}.
 */
public record CutPiece(String label, int lengthMm, BigDecimal startAngle, BigDecimal endAngle) {
    public static final BigDecimal SQUARE = BigDecimal.valueOf(90);
    public static final BigDecimal MITRE = BigDecimal.valueOf(45);
    public static final BigDecimal MIN_ANGLE = BigDecimal.valueOf(10);
    public static final BigDecimal MAX_ANGLE = BigDecimal.valueOf(170);
    public static final int MAX_LENGTH_MM = 20_000;
    public static final int MAX_LABEL_LENGTH = TextLimits.NAME;

    public CutPiece {
        startAngle = startAngle == null ? SQUARE : startAngle;
        endAngle = endAngle == null ? SQUARE : endAngle;
        List<FieldError> errors = new ArrayList<>();
        if (label == null || label.isBlank()) {
            errors.add(new FieldError("label", "is required"));
        } else if (label.length() > MAX_LABEL_LENGTH) {
            errors.add(new FieldError("label", TextLimits.tooLong(MAX_LABEL_LENGTH)));
        }
        if (lengthMm < 1 || lengthMm > MAX_LENGTH_MM) {
            errors.add(new FieldError("lengthMm", "must be between 1 and " + MAX_LENGTH_MM + " mm"));
        }
        checkAngle(errors, "startAngle", startAngle);
        checkAngle(errors, "endAngle", endAngle);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        label = label.strip();
    }

    /** A piece cut square (90°) at both ends. */
    public static CutPiece square(String label, int lengthMm) {
        return new CutPiece(label, lengthMm, SQUARE, SQUARE);
    }

    /** A piece mitred (45°) at both ends, as frame and sash members are. */
    public static CutPiece mitred(String label, int lengthMm) {
        return new CutPiece(label, lengthMm, MITRE, MITRE);
    }

    /** How many of the two ends are not square (0, 1 or 2): each may get the mitre allowance. */
    public int angledEnds() {
        return (startAngle.compareTo(SQUARE) != 0 ? 1 : 0) + (endAngle.compareTo(SQUARE) != 0 ? 1 : 0);
    }

    private static void checkAngle(List<FieldError> errors, String field, BigDecimal angle) {
        if (angle.compareTo(MIN_ANGLE) < 0 || angle.compareTo(MAX_ANGLE) > 0) {
            errors.add(new FieldError(field, "must be between " + MIN_ANGLE + " and " + MAX_ANGLE
                    + " degrees (90 = square cut, 45 = mitre)"));
        }
    }
}
