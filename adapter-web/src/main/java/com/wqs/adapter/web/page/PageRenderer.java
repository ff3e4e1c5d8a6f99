package com.wqs.adapter.web.page;

import com.wqs.adapter.web.i18n.Messages;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the precompiled JTE templates under {@code page/} as the response. */
final class PageRenderer {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    void render(Context ctx, String template, Map<String, Object> params) {
        render(ctx, 200, template, params);
    }

    void render(Context ctx, int status, String template, Map<String, Object> params) {
        String html = html(template, params);
        // Pages show personal and commercial data: never keep them in caches (nor after sign-out).
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).html(html);
    }

    String html(String template, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        // Field errors are shown in the page's language: its shell's, or the texts it was given.
        FieldErrors.renderingIn(language(params), () -> {
            engine.render("page/" + template, params, output);
            return null;
        });
        return output.toString();
    }

    private static Messages language(Map<String, Object> params) {
        for (Object param : params.values()) {
            if (param instanceof PageShell shell) {
                return shell.messages();
            }
            if (param instanceof Messages messages) {
                return messages;
            }
        }
        return null;
    }
}
