package com.wqs.application.port.out;

import com.wqs.domain.catalog.Settings;

public interface SettingsRepository {
    /** The stored settings, or {@link Settings#defaults()} (version 0) when none were saved. */
    Settings get();

    /** Saves if the stored version equals {@code settings.version()} (0 when none stored); stale → CONFLICT. */
    void save(Settings settings);
}
