package com.wqs.adapter.web.page;

import com.wqs.adapter.web.format.LogoDataUri;
import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.catalog.Settings;

/** The form as typed: rates as percentages, the saw's settings in mm. */
public record SettingsForm(String name, String address, String phone, String email, String taxId,
        String logoDataUri, String profitMargin, String indirectRate, String taxRate, String glassWaste,
        String validityDays, String currency, String zone, String locale, String terms, String kerfMm, String trimMm, String mitreAllowanceMm,
        String minOffcutMm, String version) {

    /** The same values, to be saved over {@code version} (after a stale save, the stored one). */
    SettingsForm withVersion(long version) {
        return new SettingsForm(name, address, phone, email, taxId, logoDataUri, profitMargin, indirectRate, taxRate,
                glassWaste, validityDays, currency, zone, locale, terms, kerfMm, trimMm, mitreAllowanceMm, minOffcutMm,
                Long.toString(version));
    }

    static SettingsForm of(Settings s) {
        CompanyProfile c = s.company();
        return new SettingsForm(c.name(), c.address(), c.phone(), c.email(), c.taxId(), LogoDataUri.of(c),
                s.profitMargin().percent().toPlainString(), s.indirectRate().percent().toPlainString(),
                s.taxRate().percent().toPlainString(), s.glassWaste().percent().toPlainString(),
                Integer.toString(s.validityDays()), s.currency(), s.zone().getId(), s.locale().toLanguageTag(),
                s.terms(), Integer.toString(s.cutting().kerfMm()), Integer.toString(s.cutting().trimMm()),
                Integer.toString(s.cutting().mitreAllowanceMm()), Integer.toString(s.cutting().minOffcutMm()),
                Long.toString(s.version()));
    }
}
