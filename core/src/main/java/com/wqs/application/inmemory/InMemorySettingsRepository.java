package com.wqs.application.inmemory;

import com.wqs.application.port.out.SettingsRepository;
import com.wqs.domain.catalog.Settings;

final class InMemorySettingsRepository implements SettingsRepository {
    private final InMemoryDatabase database;

    InMemorySettingsRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public Settings get() {
        return database.read(tables -> tables.settings == null ? Settings.defaults() : tables.settings);
    }

    @Override
    public void save(Settings settings) {
        database.write(tables -> {
            long stored = tables.settings == null ? 0 : tables.settings.version();
            long next = Versions.next("settings", "of this installation", stored, settings.version());
            tables.settings = settings.withVersion(next);
        });
    }
}
