package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;
import java.math.BigDecimal;

/**
 * New settings, replacing all current values. Rates are fractions as decimal strings ({@code "0.25"} =
 * 25 %); {@code version} is the one read (optimistic locking). {@code cutting} (the saw's kerf, trims, mitre
 * allowance and shortest kept offcut, mm) may be left out to keep the current values.
 */
public record SettingsRequest(CompanyRequest company, BigDecimal profitMargin, BigDecimal indirectRate,
        BigDecimal taxRate, BigDecimal glassWaste, Integer validityDays, @MaxLength(TextLimits.SHORT) String currency,
        @MaxLength(TextLimits.SHORT) String zone, @MaxLength(TextLimits.SHORT) String locale,
        @MaxLength(TextLimits.NOTES) String terms, CuttingSettingsJson cutting,
        @Description(VersionRequest.REQUIRED) Long version) {
}
