package com.wqs.adapter.web.api.dto;

import com.wqs.domain.catalog.Settings;

public record SettingsResponse(CompanyResponse company, String profitMargin, String indirectRate, String taxRate,
        String glassWaste, int validityDays, String currency, String zone, String locale, String terms,
        CuttingSettingsJson cutting, long version) {
    public static SettingsResponse from(Settings s) {
        return new SettingsResponse(CompanyResponse.from(s.company()), Decimals.rate(s.profitMargin()),
                Decimals.rate(s.indirectRate()), Decimals.rate(s.taxRate()), Decimals.rate(s.glassWaste()),
                s.validityDays(), s.currency(), s.zone().getId(), s.locale().toLanguageTag(), s.terms(),
                CuttingSettingsJson.from(s.cutting()), s.version());
    }
}
