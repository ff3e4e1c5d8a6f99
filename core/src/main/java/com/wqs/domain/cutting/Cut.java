package com.wqs.domain.cutting;

import java.util.Objects;

/**
 * One piece on a bar and where it starts, in mm from the start of the bar's usable length: after the trim on a
 * new bar (so the trim is not counted: the piece starts {@code trimMm + startMm} from the factory end), from
 * the end of an offcut. The first piece starts at 0; each next one a consumed length later (the piece, its
 * mitre allowances and the kerf of the cut after it).
 */
public record Cut(CutPiece piece, int startMm) {
    public Cut {
        Objects.requireNonNull(piece, "piece");
    }
}
