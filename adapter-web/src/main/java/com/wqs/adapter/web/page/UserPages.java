package com.wqs.adapter.web.page;

import com.wqs.application.port.in.NewUserCommand;
import com.wqs.application.port.in.UserUpdateCommand;
import com.wqs.application.service.UseCases;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The users of the installation (ADMIN only): add, change role or active flag, set a new password; every
 * user's API tokens (revoke) and the login throttles in force (clear).
 */
final class UserPages {
    private final UseCases useCases;
    private final PageRenderer renderer;

    UserPages(UseCases useCases, PageRenderer renderer) {
        this.useCases = useCases;
        this.renderer = renderer;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/users", ctx -> show(ctx, Viewer.of(ctx, useCases), 200, new NewUserForm("", "", "SALES"),
                FieldErrors.NONE, null));
        routes.post("/users", this::create);
        routes.post("/users/{id}", this::update);
        routes.post("/users/{id}/password", this::resetPassword);
        routes.post("/users/tokens/{id}/revoke", ctx -> {
            AccountPage.revokeToken(ctx, useCases);
            ctx.redirect("/users?done=token-revoked", HttpStatus.SEE_OTHER);
        });
        routes.post("/users/throttles/clear", this::clearThrottle);
    }

    private void create(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        FormInput form = FormInput.of(ctx);
        NewUserForm typed = new NewUserForm(form.text("email"), form.text("fullName"), form.text("role"));
        try {
            Role role = form.choice("role", Role.class);
            form.requireValid();
            useCases.users().create(viewer.actor(),
                    new NewUserCommand(typed.email(), typed.fullName(), role, ctx.formParam("password")));
            ctx.redirect("/users?done=created", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            show(ctx, viewer, 400, typed, new FieldErrors(e.errors()), null);
        } catch (ConflictException e) {
            show(ctx, viewer, 409, typed, FieldErrors.NONE, e.getMessage());
        }
    }

    private void update(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        FormInput form = FormInput.of(ctx);
        try {
            Role role = form.choice("role", Role.class);
            form.requireValid();
            useCases.users().update(viewer.actor(), userId(ctx),
                    new UserUpdateCommand(form.optional("fullName"), role, form.checked("active")));
            ctx.redirect("/users?done=saved", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            show(ctx, viewer, 400, new NewUserForm("", "", "SALES"), FieldErrors.NONE, e.getMessage());
        } catch (ConflictException e) {
            show(ctx, viewer, 409, new NewUserForm("", "", "SALES"), FieldErrors.NONE, e.getMessage());
        }
    }

    private void resetPassword(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        try {
            useCases.users().resetPassword(viewer.actor(), userId(ctx), ctx.formParam("password"));
            ctx.redirect("/users?done=password", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            show(ctx, viewer, 400, new NewUserForm("", "", "SALES"), FieldErrors.NONE, e.getMessage());
        }
    }

    private void clearThrottle(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        try {
            useCases.loginThrottles().clear(viewer.actor(), ctx.formParam("key"));
            ctx.redirect("/users?done=throttle-cleared", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            show(ctx, viewer, 400, new NewUserForm("", "", "SALES"), FieldErrors.NONE, e.getMessage());
        }
    }

    private void show(Context ctx, Viewer viewer, int status, NewUserForm typed, FieldErrors errors, String error) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shell", viewer.shell(ctx, viewer.text("users.title"), Section.USERS));
        List<User> users = useCases.users().list(viewer.actor());
        params.put("users", users);
        params.put("emails", users.stream().collect(Collectors.toMap(u -> u.id(), User::email)));
        params.put("tokens", useCases.authentication().listAllApiTokens(viewer.actor()));
        params.put("throttles", useCases.loginThrottles().list(viewer.actor()));
        params.put("typed", typed);
        params.put("errors", errors);
        params.put("error", error);
        renderer.render(ctx, status, "users.jte", params);
    }

    private static UserId userId(Context ctx) {
        try {
            return new UserId(UUID.fromString(ctx.pathParam("id")));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("user", ctx.pathParam("id"));
        }
    }
}
