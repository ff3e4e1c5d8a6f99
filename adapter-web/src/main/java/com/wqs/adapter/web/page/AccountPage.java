package com.wqs.adapter.web.page;

import com.wqs.adapter.web.input.LanguageText;
import com.wqs.application.port.in.CreatedApiToken;
import com.wqs.application.port.in.PasswordChangeCommand;
import com.wqs.application.service.UseCases;
import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.RateLimitedException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.ApiTokenId;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The signed-in user's own account: choose the language of their pages, change the password (the current one is required) and manage
 * their API tokens. A new token's secret is shown once, on the page that created it.
 */
final class AccountPage {
    private final UseCases useCases;
    private final PageRenderer renderer;

    AccountPage(UseCases useCases, PageRenderer renderer) {
        this.useCases = useCases;
        this.renderer = renderer;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/account", ctx -> show(ctx, Viewer.of(ctx, useCases), 200, FieldErrors.NONE, null, null,
                new NewTokenForm("", "90")));
        routes.post("/account/language", this::chooseLanguage);
        routes.post("/account/password", this::changePassword);
        routes.post("/account/tokens", this::createToken);
        routes.post("/account/tokens/{id}/revoke", ctx -> {
            revokeToken(ctx, useCases);
            ctx.redirect("/account?done=token-revoked", HttpStatus.SEE_OTHER);
        });
    }

    /** English, Spanish or none ({@code ""}: the browser's); the next page already speaks the choice. */
    private void chooseLanguage(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        try {
            Language language = LanguageText.parseChoice("language", ctx.formParam("language"));
            useCases.authentication().chooseLanguage(viewer.actor(), language, null);
            ctx.redirect("/account?done=language", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            show(ctx, viewer, 400, new FieldErrors(e.errors()), null, null, new NewTokenForm("", "90"));
        }
    }

    private void changePassword(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        try {
            useCases.authentication().changePassword(viewer.actor(), new PasswordChangeCommand(
                    ctx.formParam("currentPassword"), ctx.formParam("password"), ctx.ip(),
                    viewer.authentication().sessionToken()));
            ctx.redirect("/account?done=own-password", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            show(ctx, viewer, 400, new FieldErrors(e.errors()), null, null, new NewTokenForm("", "90"));
        } catch (RateLimitedException e) {
            ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            show(ctx, viewer, 429, FieldErrors.NONE, viewer.text("account.password.throttled"), null,
                    new NewTokenForm("", "90"));
        }
    }

    private void createToken(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        FormInput form = FormInput.of(ctx);
        NewTokenForm typed = new NewTokenForm(form.text("name"), form.text("expiresInDays"));
        try {
            Integer days = form.integer("expiresInDays");
            form.requireValid();
            CreatedApiToken created = useCases.authentication().createApiToken(viewer.actor(), typed.name(), days);
            show(ctx, viewer, 201, FieldErrors.NONE, null, created, new NewTokenForm("", "90"));
        } catch (ValidationException e) {
            show(ctx, viewer, 400, new FieldErrors(e.errors()), null, null, typed);
        }
    }

    /** Revokes the token named by the path: its owner or an ADMIN; anyone else and bad ids get 404. */
    static void revokeToken(Context ctx, UseCases useCases) {
        Viewer viewer = Viewer.of(ctx, useCases);
        ApiTokenId id;
        try {
            id = new ApiTokenId(UUID.fromString(ctx.pathParam("id")));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("api_token", ctx.pathParam("id"));
        }
        useCases.authentication().revokeApiToken(viewer.actor(), id);
    }

    private void show(Context ctx, Viewer viewer, int status, FieldErrors errors, String error,
            CreatedApiToken created, NewTokenForm typed) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shell", viewer.shell(ctx, viewer.text("account.title"), Section.ACCOUNT));
        params.put("tokens", useCases.authentication().listApiTokens(viewer.actor()));
        params.put("errors", errors);
        params.put("error", error);
        params.put("created", created);
        params.put("typed", typed);
        renderer.render(ctx, status, "account.jte", params);
    }
}
