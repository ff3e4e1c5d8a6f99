package com.wqs.adapter.web.api.dto;

import com.wqs.domain.catalog.BomPieces;

/** The pieces of a profile BOM line: formulas as their source text, angles as decimal strings. */
@Description(BomPiecesRequest.ABOUT)
public record BomPiecesResponse(@Description(BomPiecesRequest.COUNT) String count,
        @Description(BomPiecesRequest.LENGTH) String lengthMm,
        @Description(BomPiecesRequest.START_ANGLE) String startAngle,
        @Description(BomPiecesRequest.END_ANGLE) String endAngle) {

    /** Null stays null (a line with a quantity formula). */
    public static BomPiecesResponse from(BomPieces pieces) {
        return pieces == null ? null : new BomPiecesResponse(pieces.count().source(), pieces.lengthMm().source(),
                Decimals.decimal(pieces.startAngle()), Decimals.decimal(pieces.endAngle()));
    }
}
