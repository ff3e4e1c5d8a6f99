package com.wqs.domain.cutting;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What is cut from one profile in one colour: the material code, the colour (null for an uncoloured
 * profile), the length of a new stock bar (unlimited supply), the pieces and the offcuts in stock that may be
 * used for them (before any new bar). Offcut ids must be unique within the group.
 */
public record CutGroup(String materialCode, String colour, int barLengthMm, List<CutPiece> pieces,
        List<StockOffcut> offcuts) {
    public static final int MAX_BAR_LENGTH_MM = CutPiece.MAX_LENGTH_MM;

    public CutGroup {
        offcuts = offcuts == null ? List.of() : offcuts;
        List<FieldError> errors = new ArrayList<>();
        if (materialCode == null || materialCode.isBlank()) {
            errors.add(new FieldError("materialCode", "is required"));
        }
        if (barLengthMm < 1 || barLengthMm > MAX_BAR_LENGTH_MM) {
            errors.add(new FieldError("barLengthMm", "must be between 1 and " + MAX_BAR_LENGTH_MM + " mm"));
        }
        if (pieces == null) {
            errors.add(new FieldError("pieces", "is required"));
        } else {
            for (int i = 0; i < pieces.size(); i++) {
                if (pieces.get(i) == null) {
                    errors.add(new FieldError("pieces[" + i + "]", "is required"));
                }
            }
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < offcuts.size(); i++) {
            StockOffcut offcut = offcuts.get(i);
            if (offcut == null) {
                errors.add(new FieldError("offcuts[" + i + "]", "is required"));
            } else if (!ids.add(offcut.id())) {
                errors.add(new FieldError("offcuts[" + i + "].id", "'" + offcut.id() + "' appears twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        materialCode = materialCode.strip();
        pieces = List.copyOf(pieces);
        offcuts = List.copyOf(offcuts);
    }

    /** A group without offcuts in stock. */
    public static CutGroup ofNewBars(String materialCode, String colour, int barLengthMm, List<CutPiece> pieces) {
        return new CutGroup(materialCode, colour, barLengthMm, pieces, List.of());
    }
}
