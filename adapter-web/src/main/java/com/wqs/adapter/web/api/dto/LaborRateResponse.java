package com.wqs.adapter.web.api.dto;

import com.wqs.domain.catalog.LaborRate;

public record LaborRateResponse(String windowType, String ratePerM2, String complexity) {
    public static LaborRateResponse from(LaborRate rate) {
        return new LaborRateResponse(rate.windowType().name(), Decimals.decimal(rate.ratePerM2()),
                Decimals.decimal(rate.complexity()));
    }
}
