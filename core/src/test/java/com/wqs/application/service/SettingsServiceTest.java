package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.ManageSettingsUseCase;
import com.wqs.application.port.in.SettingsCommand;
import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.StaleVersionException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.Rate;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SettingsServiceTest {
    private static final CompanyProfile COMPANY =
            new CompanyProfile("Ventanas Sol", "Calle Mayor 1", "+34 600 000 000", "info@sol.example", "B123", null, null);

    private final ServiceTestbed bed = new ServiceTestbed();
    private final ManageSettingsUseCase settings = bed.useCases.settings();

    @Test
    void everyoneReadsTheSettings() {
        for (Actor actor : bed.everyone()) {
            assertThat(settings.get(actor)).isEqualTo(Settings.defaults());
        }
    }

    @Test
    void anAdminReplacesThemGivingTheVersionRead() {
        Settings updated = settings.update(bed.admin, command("Europe/Madrid", "es-ES", "EUR", 0L));

        assertThat(updated.company()).isEqualTo(COMPANY);
        assertThat(updated.zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(updated.locale()).isEqualTo(Locale.forLanguageTag("es-ES"));
        assertThat(updated.currency()).isEqualTo("EUR");
        assertThat(updated.profitMargin()).isEqualTo(Rate.of("0.30"));
        assertThat(settings.get(bed.sales)).isEqualTo(updated);
    }

    @Test
    void aStaleVersionIsAConflict() {
        settings.update(bed.admin, command("Europe/Madrid", "es-ES", "EUR", 0L));

        assertThatThrownBy(() -> settings.update(bed.admin, command("UTC", "en-US", "USD", 0L)))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.code()).isEqualTo("settings.stale");
                    assertThat(e.currentVersion()).hasValue(1);
                });
        assertThat(settings.get(bed.admin).currency()).isEqualTo("EUR");
    }

    @Test
    void badValuesAreNamedByField() {
        assertThatThrownBy(() -> settings.update(bed.admin, command("Mars/Olympus", "not a tag!", "XXXX", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("zone", "locale", "currency", "version"));
        assertThat(settings.get(bed.admin)).isEqualTo(Settings.defaults());
    }

    @Test
    void theSawsSettingsAreSavedAndKeptWhenACommandLeavesThemOut() {
        CuttingSettings shop = new CuttingSettings(3, 15, 2, 800);
        Settings saved = settings.update(bed.admin, command(shop, 0L));
        assertThat(saved.cutting()).isEqualTo(shop);

        Settings kept = settings.update(bed.admin, command("Europe/Madrid", "es-ES", "EUR", saved.version()));

        assertThat(kept.cutting()).isEqualTo(shop);
        assertThat(Settings.defaults().cutting()).isEqualTo(CuttingSettings.DEFAULTS);
    }

    @Test
    void negativeOrAbsurdSawSettingsAreRefusedAtSaveNamingEachField() {
        assertThatThrownBy(() -> settings.update(bed.admin, command(new CuttingSettings(-1, 201, 101, 20_001), 0L)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("cutting.kerfMm", "cutting.trimMm", "cutting.mitreAllowanceMm",
                                "cutting.minOffcutMm"));
        assertThat(settings.get(bed.admin)).isEqualTo(Settings.defaults());
        Settings limits = settings.update(bed.admin, command(new CuttingSettings(20, 200, 100, 20_000), 0L));
        assertThat(limits.cutting().kerfMm()).as("the limits themselves are allowed").isEqualTo(20);
    }

    private static SettingsCommand command(CuttingSettings cutting, Long version) {
        return new SettingsCommand(COMPANY, Rate.of("0.30"), Rate.of("0.15"), Rate.of("0.21"), Rate.of("0.05"), 15,
                "EUR", "Europe/Madrid", "es-ES", "Terms", cutting, version);
    }

    @Test
    void onlyAnAdminChangesThem() {
        for (Actor actor : List.of(bed.sales, bed.production)) {
            assertThatThrownBy(() -> settings.update(actor, command("UTC", "en-US", "USD", 0L)))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    private static SettingsCommand command(String zone, String locale, String currency, Long version) {
        return new SettingsCommand(COMPANY, Rate.of("0.30"), Rate.of("0.15"), Rate.of("0.21"), Rate.of("0.05"), 15,
                currency, zone, locale, "Terms", null, version);
    }
}
