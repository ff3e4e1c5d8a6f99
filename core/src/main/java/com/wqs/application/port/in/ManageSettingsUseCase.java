package com.wqs.application.port.in;

import com.wqs.domain.catalog.Settings;
import com.wqs.domain.user.Actor;

public interface ManageSettingsUseCase {
    /** Everyone may read the settings (formatting, company data); only ADMIN changes them. */
    Settings get(Actor actor);

    Settings update(Actor actor, SettingsCommand command);
}
