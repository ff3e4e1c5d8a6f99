package com.wqs.adapter.web.api.dto;

import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.BomScope;

/** A BOM line: either its {@code formula} or its {@code pieces}, the other null. */
public record BomLineResponse(String materialCode, @Description(BomLineRequest.FORMULA) String formula,
        String wasteFactor, String description, @EnumNames(BomScope.class) String scope,
        @Description(BomLineRequest.PIECES) BomPiecesResponse pieces) {
    public static BomLineResponse from(BomLine line) {
        return new BomLineResponse(line.materialCode(), line.formula() == null ? null : line.formula().source(),
                Decimals.decimal(line.wasteFactor()), line.description(), Decimals.name(line.scope()),
                BomPiecesResponse.from(line.pieces()));
    }
}
