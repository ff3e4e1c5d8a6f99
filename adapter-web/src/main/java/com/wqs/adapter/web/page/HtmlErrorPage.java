package com.wqs.adapter.web.page;

import com.wqs.adapter.web.error.ErrorPage;
import com.wqs.adapter.web.i18n.Messages;
import com.wqs.adapter.web.i18n.WorkplaceLanguage;
import com.wqs.adapter.web.security.Authenticator;
import com.wqs.domain.shared.Language;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The error page browsers see. It reads nothing from the database (no user menu, no company name): the
 * error may be the database itself, and showing the error must not fail too. It speaks the request's
 * language: the signed-in user's choice when the request already knows who they are, else the browser's,
 * else English (the installation's would need the database).
 */
final class HtmlErrorPage implements ErrorPage {
    private final PageRenderer renderer;

    HtmlErrorPage(PageRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public String html(int status, String requestId, Context request) {
        Messages t = Messages.of(language(request));
        return renderer.html("error.jte", Map.of("t", t, "status", status, "title", t.text(titleKey(status)),
                "message", t.text(messageKey(status)), "requestId", requestId == null ? "" : requestId));
    }

    private static Language language(Context request) {
        if (request == null) {
            return Language.ENGLISH;
        }
        try {
            Language chosen = Authenticator.known(request).map(a -> a.user().language()).orElse(null);
            return WorkplaceLanguage.of(chosen, request.header("Accept-Language"), Language.ENGLISH);
        } catch (RuntimeException e) {
            // the page of an error must not fail in turn: English
            return Language.ENGLISH;
        }
    }

    private static String titleKey(int status) {
        return switch (status) {
            case 403 -> "error.403.title";
            case 404 -> "error.404.title";
            default -> "error.500.title";
        };
    }

    private static String messageKey(int status) {
        return switch (status) {
            case 403 -> "error.403.message";
            case 404 -> "error.404.message";
            default -> "error.500.message";
        };
    }
}
