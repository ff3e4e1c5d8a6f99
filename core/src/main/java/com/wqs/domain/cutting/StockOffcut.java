package com.wqs.domain.cutting;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * A reusable piece of profile kept from an earlier job: its id in the offcut store, its length and where it
 * came from (free text such as a work order number, may be null). Both ends are clean cuts, so all of its
 * length is usable: no trim is taken off.
 */
public record StockOffcut(String id, int lengthMm, String source) {

    public StockOffcut {
        List<FieldError> errors = new ArrayList<>();
        if (id == null || id.isBlank()) {
            errors.add(new FieldError("id", "is required"));
        }
        if (lengthMm < 1 || lengthMm > CutPiece.MAX_LENGTH_MM) {
            errors.add(new FieldError("lengthMm", "must be between 1 and " + CutPiece.MAX_LENGTH_MM + " mm"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        id = id.strip();
    }
}
