package com.wqs.application.service;

import com.wqs.application.port.in.ManageSettingsUseCase;
import com.wqs.application.port.in.SettingsCommand;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

/**
 * The installation's settings: everyone reads, ADMIN replaces them. The command carries the version
 * the client read, so two admins editing at once cannot overwrite each other unknowingly.
 */
public final class SettingsService implements ManageSettingsUseCase {
    private static final ZoneId PLACEHOLDER_ZONE = Settings.defaults().zone();
    private static final Locale PLACEHOLDER_LOCALE = Settings.defaults().locale();
    private final Store store;

    public SettingsService(Store store) {
        this.store = store;
    }

    @Override
    public Settings get(Actor actor) {
        return store.transactions().inTransaction(() -> store.settings().get());
    }

    @Override
    public Language defaultLanguage() {
        return store.transactions().readOnly(() -> store.settings().get()).language();
    }

    @Override
    public Settings update(Actor actor, SettingsCommand command) {
        Access.require(AccessPolicy.canManageSettings(actor), "only ADMIN changes the settings");
        Objects.requireNonNull(command, "command");
        return store.transactions().inTransaction(() -> {
            Settings stored = store.settings().get();
            Settings settings = toSettings(command, stored.cutting());
            ExpectedVersion.require("settings", "the settings", stored.version(), settings.version());
            store.settings().save(settings);
            return store.settings().get();
        });
    }

    /**
     * Every bad field is reported together: fields parsed here that are bad are replaced by a
     * placeholder so the record's own rules still check the rest.
     */
    private static Settings toSettings(SettingsCommand command, CuttingSettings currentCutting) {
        Validation validation = new Validation();
        ZoneId zone = zone(validation, command.zone());
        Locale locale = locale(validation, command.locale());
        if (command.validityDays() == null) {
            validation.add("validityDays", "is required");
        }
        if (command.version() == null) {
            validation.add("version", "is required (the version of the settings you read)");
        }
        int validityDays = command.validityDays() == null ? Settings.defaults().validityDays() : command.validityDays();
        long version = command.version() == null ? 0 : command.version();
        Settings settings = validation.check(() -> new Settings(command.company(), command.profitMargin(),
                command.indirectRate(), command.taxRate(), command.glassWaste(), validityDays, command.currency(), zone,
                locale, command.terms(), command.cutting() == null ? currentCutting : command.cutting(), version));
        validation.throwIfInvalid();
        return settings;
    }

    private static ZoneId zone(Validation validation, String text) {
        if (text == null || text.isBlank()) {
            validation.add("zone", "is required");
            return PLACEHOLDER_ZONE;
        }
        if (!TextLimits.fits(text, TextLimits.SHORT)) {
            validation.add("zone", TextLimits.tooLong(TextLimits.SHORT));
            return PLACEHOLDER_ZONE;
        }
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            validation.add("zone", "is not a known time zone such as Europe/Madrid");
            return PLACEHOLDER_ZONE;
        }
    }

    private static Locale locale(Validation validation, String text) {
        if (text == null || text.isBlank()) {
            validation.add("locale", "is required");
            return PLACEHOLDER_LOCALE;
        }
        if (!TextLimits.fits(text, TextLimits.SHORT)) {
            validation.add("locale", TextLimits.tooLong(TextLimits.SHORT));
            return PLACEHOLDER_LOCALE;
        }
        try {
            return new Locale.Builder().setLanguageTag(text.trim()).build();
        } catch (IllformedLocaleException e) {
            validation.add("locale", "is not a language tag such as es-ES");
            return PLACEHOLDER_LOCALE;
        }
    }
}
