package com.wqs.application.port.in;

import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.shared.Rate;

/**
 * New settings; {@code version} is the one the client read (optimistic locking). Zone, locale and
 * currency as text ({@code Europe/Madrid}, {@code es-ES}, {@code EUR}). {@code cutting} null keeps the saw
 * settings as they are (clients written before it existed do not reset them).
 */
public record SettingsCommand(CompanyProfile company, Rate profitMargin, Rate indirectRate, Rate taxRate,
        Rate glassWaste, Integer validityDays, String currency, String zone, String locale, String terms,
        CuttingSettings cutting, Long version) {
}
