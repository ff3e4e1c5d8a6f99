package com.wqs.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.SettingsRepository;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.StaleVersionException;
import com.wqs.testing.SettingsBuilder;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The contract of {@link SettingsRepository}. */
public abstract class SettingsRepositoryContract extends StoreContract {
    private static final byte[] LOGO = SettingsBuilder.LOGO;

    private SettingsRepository settings() {
        return store.settings();
    }

    @Test
    void defaultsUntilSomethingIsSaved() {
        Settings settings = settings().get();

        assertSameContent(settings, Settings.defaults());
        assertThat(settings.version()).isZero();
    }

    @Test
    void savedSettingsComeBackWithEveryFieldAndTheNextVersion() {
        Settings custom = custom(0);

        settings().save(custom);

        Settings found = settings().get();
        assertSameContent(found, custom.withVersion(1));
        assertThat(found.company().logo()).containsExactly(LOGO);
        assertThat(found.zone()).isEqualTo(ZoneId.of("America/Mexico_City"));
        assertThat(found.locale()).isEqualTo(Locale.forLanguageTag("es-MX"));
    }

    @Test
    void settingsWithoutLogoRoundTrip() {
        Settings plain = Settings.defaults().withVersion(0);

        settings().save(plain);

        assertSameContent(settings().get(), plain.withVersion(1));
        assertThat(settings().get().company().hasLogo()).isFalse();
    }

    @Test
    void eachSaveNeedsTheCurrentVersion() {
        settings().save(custom(0));
        settings().save(custom(1));

        assertThat(settings().get().version()).isEqualTo(2);
    }

    @Test
    void staleSaveIsAConflictAndChangesNothing() {
        settings().save(custom(0));

        assertThatThrownBy(() -> settings().save(Settings.defaults()))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.code()).isEqualTo("settings.stale");
                    assertThat(e.currentVersion()).as("the version stored now").hasValue(1);
                });
        assertSameContent(settings().get(), custom(1));
    }

    @Test
    void savingWithAVersionAheadOfTheStoreIsAConflict() {
        assertThatThrownBy(() -> settings().save(custom(3))).isInstanceOf(ConflictException.class);
        assertThat(settings().get().version()).isZero();
    }

    private static Settings custom(long version) {
        return SettingsBuilder.aSettings().version(version).build();
    }
}
