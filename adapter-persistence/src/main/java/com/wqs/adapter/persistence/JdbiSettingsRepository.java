package com.wqs.adapter.persistence;

import com.wqs.application.port.out.SettingsRepository;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.shared.StaleVersionException;

/** The settings as one JSON document in a single-row table; version 0 means "never saved". */
final class JdbiSettingsRepository implements SettingsRepository {
    private final Database db;
    private final StoredJson json;

    JdbiSettingsRepository(Database db, StoredJson json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public Settings get() {
        return db.read(h -> h.createQuery("SELECT document, version FROM settings WHERE id = 1")
                .map((rs, ctx) -> json.read(rs.getString("document"), Settings.class)
                        .withVersion(rs.getLong("version")))
                .findOne()
                .orElseGet(Settings::defaults));
    }

    @Override
    public void save(Settings settings) {
        db.writeVoid(h -> {
            String document = json.write(settings);
            int written = settings.version() == 0
                    ? h.createUpdate("INSERT INTO settings (id, document, version) VALUES (1, :document, 1)"
                            + " ON CONFLICT DO NOTHING")
                            .bind("document", document)
                            .execute()
                    : h.createUpdate("UPDATE settings SET document = :document, version = version + 1"
                            + " WHERE id = 1 AND version = :version")
                            .bind("document", document)
                            .bind("version", settings.version())
                            .execute();
            if (written == 0) {
                Long stored = h.createQuery("SELECT version FROM settings WHERE id = 1").mapTo(Long.class).findOne()
                        .orElse(0L);
                throw new StaleVersionException("settings", "the settings were changed by someone else; reload them",
                        stored);
            }
        });
    }
}
