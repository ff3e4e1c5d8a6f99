package com.wqs.application.port.in;

import com.wqs.domain.catalog.Settings;
import com.wqs.domain.shared.Language;
import com.wqs.domain.user.Actor;

public interface ManageSettingsUseCase {
    /** Everyone may read the settings (formatting, company data); only ADMIN changes them. */
    Settings get(Actor actor);

    /**
     * The installation's default language, for pages before anyone signs in (the sign-in page, a
     * customer's link, error pages): the language of the settings' locale.
     */
    Language defaultLanguage();

    /**
     * Replaces the settings. The command's {@code version} is the one the client read (required); when it is
     * not the stored one nothing is written and the CONFLICT is {@code settings.stale}, carrying the stored
     * version.
     */
    Settings update(Actor actor, SettingsCommand command);
}
