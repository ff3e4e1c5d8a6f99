package com.wqs.testing;

import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.shared.Rate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Locale;

/**
 * Test settings that differ from {@link Settings#defaults()} in every field a quote document shows:
 * {@code aSettings().companyName("Other").terms("...").locale("de-DE").build()}. The default company
 * has a small PNG logo, non-ASCII text and a multi-line address, so round trips are exercised fully.
 */
public final class SettingsBuilder {
    /** A real 1×1 PNG, so renderers can embed it. */
    public static final byte[] LOGO = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private String companyName = "Ventanas Ñandú S.A. de C.V.";
    private byte[] logo = LOGO;
    private String currency = "MXN";
    private ZoneId zone = ZoneId.of("America/Mexico_City");
    private Locale locale = Locale.forLanguageTag("es-MX");
    private String terms = "Precios en pesos mexicanos — válidos 45 días. ✓";
    private long version;

    private SettingsBuilder() {
    }

    public static SettingsBuilder aSettings() {
        return new SettingsBuilder();
    }

    public SettingsBuilder companyName(String value) {
        this.companyName = value;
        return this;
    }

    public SettingsBuilder withoutLogo() {
        this.logo = null;
        return this;
    }

    public SettingsBuilder currency(String value) {
        this.currency = value;
        return this;
    }

    public SettingsBuilder zone(String value) {
        this.zone = ZoneId.of(value);
        return this;
    }

    public SettingsBuilder locale(String languageTag) {
        this.locale = Locale.forLanguageTag(languageTag);
        return this;
    }

    public SettingsBuilder terms(String value) {
        this.terms = value;
        return this;
    }

    public SettingsBuilder version(long value) {
        this.version = value;
        return this;
    }

    public Settings build() {
        CompanyProfile company = new CompanyProfile(companyName, "Av. Reforma 222\nCDMX 06600", "+52 55 1234 5678",
                "ventas@nandu.mx", "NAN010101AB1", logo, logo == null ? null : "image/png");
        return new Settings(company, Rate.of("0.30"), Rate.of("0.125"), Rate.of("0.16"), Rate.of("0.07"), 45, currency,
                zone, locale, terms, null, version);
    }
}
