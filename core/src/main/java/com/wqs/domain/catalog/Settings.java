package com.wqs.domain.catalog;

import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.Rate;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Installation-wide settings: company data printed on quotes, the default rates of new quotes and how the
 * workshop's saw cuts profile bars ({@code cutting}; null, as in settings stored before it existed, means
 * {@link CuttingSettings#DEFAULTS}).
 */
public record Settings(
        CompanyProfile company,
        Rate profitMargin,
        Rate indirectRate,
        Rate taxRate,
        Rate glassWaste,
        int validityDays,
        String currency,
        ZoneId zone,
        Locale locale,
        String terms,
        CuttingSettings cutting,
        long version) {

    public static Settings defaults() {
        return new Settings(CompanyProfile.EMPTY, Rate.of("0.25"), Rate.of("0.15"), Rate.of("0.16"), Rate.of("0.05"),
                30, "USD", ZoneId.of("UTC"), Locale.US,
                "Prices valid until the date shown. Installation not included unless listed.", CuttingSettings.DEFAULTS, 0);
    }

    public Settings {
        List<FieldError> errors = new ArrayList<>();
        if (company == null) {
            errors.add(new FieldError("company", "is required"));
        }
        if (profitMargin == null) {
            errors.add(new FieldError("profitMargin", "is required"));
        }
        if (indirectRate == null) {
            errors.add(new FieldError("indirectRate", "is required"));
        }
        if (taxRate == null) {
            errors.add(new FieldError("taxRate", "is required"));
        }
        if (glassWaste == null) {
            errors.add(new FieldError("glassWaste", "is required"));
        }
        if (validityDays < 1 || validityDays > 365) {
            errors.add(new FieldError("validityDays", "must be between 1 and 365"));
        }
        try {
            Currency.getInstance(currency);
        } catch (RuntimeException e) {
            errors.add(new FieldError("currency", "must be an ISO 4217 code such as USD"));
        }
        if (zone == null) {
            errors.add(new FieldError("zone", "is required"));
        }
        if (locale == null) {
            errors.add(new FieldError("locale", "is required"));
        }
        TextLimits.check(errors, "terms", terms, TextLimits.NOTES);
        if (company != null) {
            errors.addAll(company.check("company."));
        }
        cutting = cutting == null ? CuttingSettings.DEFAULTS : cutting;
        errors.addAll(cutting.check("cutting."));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        terms = terms == null ? "" : terms;
    }

    /** The installation's language: that of its locale ({@code es-ES} → Spanish), English when not spoken here. */
    public Language language() {
        return Language.of(locale);
    }

    public Settings withVersion(long newVersion) {
        return new Settings(company, profitMargin, indirectRate, taxRate, glassWaste, validityDays, currency, zone,
                locale, terms, cutting, newVersion);
    }
}
