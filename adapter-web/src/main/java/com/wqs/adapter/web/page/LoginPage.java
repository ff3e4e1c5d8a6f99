package com.wqs.adapter.web.page;

import com.wqs.adapter.web.WebServer;
import com.wqs.adapter.web.http.Access;
import com.wqs.adapter.web.i18n.Messages;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.port.in.LoginResult;
import com.wqs.application.service.UseCases;
import com.wqs.domain.shared.RateLimitedException;
import com.wqs.domain.shared.UnauthenticatedException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.HashMap;
import java.util.Map;

/**
 * Sign-in and sign-out. After signing in the browser goes back to the page it asked for ({@code next}),
 * which must be a path on this site so the form cannot send people elsewhere.
 */
final class LoginPage {
    private static final String HOME = "/dashboard";

    private final UseCases useCases;
    private final PageRenderer renderer;

    LoginPage(UseCases useCases, PageRenderer renderer) {
        this.useCases = useCases;
        this.renderer = renderer;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/", ctx -> ctx.redirect(HOME, HttpStatus.SEE_OTHER), Access.PUBLIC);
        routes.get("/login", this::show, Access.PUBLIC);
        routes.post("/login", this::signIn, Access.PUBLIC);
        routes.post("/logout", this::signOut);
    }

    private void show(Context ctx) {
        String next = safeNext(ctx.queryParam("next"));
        if (RequestAuth.current(ctx).isPresent()) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        Messages messages = Viewer.publicMessages(ctx, useCases);
        render(ctx, 200, messages, "", next, null, Notices.text(ctx.queryParam("done"), messages));
    }

    private void signIn(Context ctx) {
        FormInput form = FormInput.of(ctx);
        String email = form.text("email");
        String next = safeNext(form.text("next"));
        Messages messages = Viewer.publicMessages(ctx, useCases);
        try {
            LoginResult result = useCases.authentication().login(email, form.text("password"), ctx.ip());
            ctx.appData(WebServer.SESSIONS_KEY).replacePrevious(ctx, result);
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } catch (UnauthenticatedException e) {
            render(ctx, 401, messages, email, next, messages.text("login.wrong"), null);
        } catch (RateLimitedException e) {
            long minutes = Math.max(1, (e.retryAfter().toSeconds() + 59) / 60);
            ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            render(ctx, 429, messages, email, next,
                    messages.text(minutes == 1 ? "login.throttled.one" : "login.throttled", minutes), null);
        }
    }

    private void signOut(Context ctx) {
        ctx.appData(WebServer.SESSIONS_KEY).end(ctx);
        ctx.redirect("/login?done=signedout", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, int status, Messages messages, String email, String next, String error,
            String notice) {
        Map<String, Object> params = new HashMap<>();
        params.put("t", messages);
        params.put("email", email);
        params.put("next", next);
        params.put("error", error);
        params.put("notice", notice);
        renderer.render(ctx, status, "login.jte", params);
    }

    /** Only a local path (not {@code //host} or {@code /\host}, which browsers treat as another site). */
    static String safeNext(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//")
                || next.startsWith("/\\") || next.startsWith("/login") || next.chars().anyMatch(c -> c < 0x20)) {
            return HOME;
        }
        return next;
    }
}
