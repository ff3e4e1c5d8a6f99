package com.wqs.adapter.web.page;

import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.adapter.web.i18n.Messages;
import com.wqs.adapter.web.i18n.WorkplaceLanguage;
import com.wqs.adapter.web.security.Authentication;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.service.UseCases;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.shared.Language;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.User;
import io.javalin.http.Context;

/** The signed-in user of a page request, with the installation's settings and formats. */
record Viewer(Authentication authentication, Settings settings, DisplayFormat format, Messages messages) {

    static Viewer of(Context ctx, UseCases useCases) {
        Authentication authentication = RequestAuth.require(ctx);
        Settings settings = useCases.settings().get(authentication.actor());
        Language language = WorkplaceLanguage.of(authentication.user().language(), ctx.header("Accept-Language"),
                settings.language());
        return new Viewer(authentication, settings, new DisplayFormat(settings, language), Messages.of(language));
    }

    /**
     * The texts for a page shown before anyone signs in (sign-in, a customer's link, errors): the browser's
     * language, else the installation's.
     */
    static Messages publicMessages(Context ctx, UseCases useCases) {
        return Messages.of(WorkplaceLanguage.of(null, ctx.header("Accept-Language"),
                useCases.settings().defaultLanguage()));
    }

    /** A text in the viewer's language ({@link Messages#text}). */
    String text(String key, Object... args) {
        return messages.text(key, args);
    }

    Actor actor() {
        return authentication.actor();
    }

    User user() {
        return authentication.user();
    }

    /** The page frame; the notice comes from {@code ?done=} after an action redirected here. */
    PageShell shell(Context ctx, String title, Section section) {
        return new PageShell(title, section, user(), authentication.csrfToken(), format,
                settings.company().name(), Notices.text(ctx.queryParam("done"), messages), messages);
    }
}
