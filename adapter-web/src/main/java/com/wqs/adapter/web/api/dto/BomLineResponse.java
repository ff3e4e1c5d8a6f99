package com.wqs.adapter.web.api.dto;

import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.BomScope;

public record BomLineResponse(String materialCode, String formula, String wasteFactor, String description,
        @EnumNames(BomScope.class) String scope) {
    public static BomLineResponse from(BomLine line) {
        return new BomLineResponse(line.materialCode(), line.formula().source(),
                Decimals.decimal(line.wasteFactor()), line.description(), Decimals.name(line.scope()));
    }
}
