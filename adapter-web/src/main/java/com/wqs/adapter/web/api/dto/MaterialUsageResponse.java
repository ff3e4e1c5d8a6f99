package com.wqs.adapter.web.api.dto;

import com.wqs.domain.pricing.MaterialUsage;

public record MaterialUsageResponse(String materialCode, String materialName, String category, String unit,
        String quantity, Integer bars, String stockLengthM, String unitCost) {
    public static MaterialUsageResponse from(MaterialUsage u) {
        return new MaterialUsageResponse(u.materialCode(), u.materialName(), Decimals.name(u.category()),
                Decimals.name(u.unit()), Decimals.decimal(u.quantity()), u.bars(), Decimals.decimal(u.stockLengthM()),
                Decimals.decimal(u.unitCost()));
    }
}
