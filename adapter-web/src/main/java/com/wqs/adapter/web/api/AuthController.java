package com.wqs.adapter.web.api;

import com.wqs.adapter.web.api.dto.ApiTokenResponse;
import com.wqs.adapter.web.api.dto.CreateTokenRequest;
import com.wqs.adapter.web.api.dto.CreatedTokenResponse;
import com.wqs.adapter.web.api.dto.LanguageRequest;
import com.wqs.adapter.web.api.dto.LoginRequest;
import com.wqs.adapter.web.api.dto.LoginResponse;
import com.wqs.adapter.web.api.dto.MeResponse;
import com.wqs.adapter.web.api.dto.PasswordChangeRequest;
import com.wqs.adapter.web.api.dto.UserResponse;
import com.wqs.adapter.web.input.LanguageText;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.BrowserSessions;
import com.wqs.adapter.web.security.Authentication;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.port.in.AuthenticationUseCase;
import com.wqs.application.port.in.CreatedApiToken;
import com.wqs.application.port.in.LoginResult;
import com.wqs.application.port.in.PasswordChangeCommand;
import com.wqs.domain.user.ApiTokenId;
import com.wqs.domain.user.User;
import io.javalin.http.Context;

/** Sign-in and sign-out for browsers, the current user, and bearer API tokens. */
final class AuthController implements ApiController {
    private final AuthenticationUseCase authentication;
    private final BrowserSessions sessions;
    private final JsonCodec json;

    AuthController(AuthenticationUseCase authentication, BrowserSessions sessions, JsonCodec json) {
        this.authentication = authentication;
        this.sessions = sessions;
        this.json = json;
    }

    @Override
    public void routes(ApiRoutes api) {
        api.tag("auth");
        api.post("/auth/login", this::login).publicAccess()
                .summary("Sign in with email and password")
                .description("Sets the HttpOnly wqs_session cookie (a new session id at every login). Failures "
                        + "answer one generic 401. Throttling answers 429 with Retry-After: after 5 failures for "
                        + "one account from one address, growing delays (1 s, 2 s, 4 s ... up to 5 min) for that "
                        + "pair; 20 failures from one address in 15 min; 100 failures for one account in an hour. Cross-origin browser requests are refused (strict Origin check).")
                .accepts(LoginRequest.class).returns(LoginResponse.class).errors(429);
        api.post("/auth/logout", this::logout)
                .summary("Sign out: ends the session and clears its cookie").returnsNoContent();
        api.get("/me", this::me)
                .summary("The current user and the session's CSRF token").returns(MeResponse.class);
        api.post("/me/password", this::changePassword)
                .summary("Change your own password (the current one is required)")
                .description("The new password must have 8 to 128 characters, not be one of the most common "
                        + "breached passwords and not contain your name, your email's local part or the company's "
                        + "name (400 on password). A wrong current password is 400 on currentPassword and counts as a "
                        + "failed sign-in (429 with Retry-After when throttled). Ends your other sessions (this one "
                        + "stays signed in) and revokes all your API tokens.")
                .accepts(PasswordChangeRequest.class).returns(UserResponse.class).errors(429);
        api.put("/me/language", this::chooseLanguage)
                .summary("Choose the language of your own pages: en, es, or null for your browser's")
                .description("Your pages speak this language whatever your browser asks for; null goes back to the "
                        + "browser's language (Accept-Language), else the installation's. A language other than en "
                        + "or es is 400 on language and changes nothing. The API's own answers stay in English.")
                .accepts(LanguageRequest.class).returns(UserResponse.class);
        api.get("/tokens", this::listTokens)
                .summary("The current user's API tokens, expired ones included").returnsList(ApiTokenResponse.class);
        api.get("/tokens/all", this::listAllTokens)
                .summary("Every user's API tokens (ADMIN)").returnsList(ApiTokenResponse.class).errors(403);
        api.post("/tokens", this::createToken)
                .summary("Create a bearer API token; its secret is shown only in this response")
                .description("expiresInDays: 1 to 365 (default 90). An expired token answers 401. Changing or "
                        + "resetting the owner's password revokes all their tokens.")
                .accepts(CreateTokenRequest.class).returns(201, CreatedTokenResponse.class);
        api.delete("/tokens/{id}", this::revokeToken)
                .summary("Revoke an API token (its owner or an ADMIN)").returnsNoContent();
    }

    private void login(Context ctx) {
        LoginRequest request = json.read(ctx, LoginRequest.class);
        LoginResult result = authentication.login(nullToEmpty(request.email()), nullToEmpty(request.password()),
                ctx.ip());
        sessions.replacePrevious(ctx, result);
        json.ok(ctx, new LoginResponse(UserResponse.from(result.user()), result.csrfToken(), result.expiresAt()));
    }

    private void logout(Context ctx) {
        sessions.end(ctx);
        ctx.status(204);
    }

    private void me(Context ctx) {
        Authentication current = RequestAuth.require(ctx);
        var user = authentication.me(current.actor());
        json.ok(ctx, new MeResponse(UserResponse.from(user), current.csrfToken(), current.method().name()));
    }

    private void changePassword(Context ctx) {
        PasswordChangeRequest request = json.read(ctx, PasswordChangeRequest.class);
        Authentication current = RequestAuth.require(ctx);
        User changed = authentication.changePassword(current.actor(), new PasswordChangeCommand(
                request.currentPassword(), request.password(), ctx.ip(), current.sessionToken()));
        json.ok(ctx, UserResponse.from(changed));
    }

    private void chooseLanguage(Context ctx) {
        LanguageRequest request = json.read(ctx, LanguageRequest.class);
        User changed = authentication.chooseLanguage(RequestAuth.actor(ctx),
                LanguageText.parse("language", request.language()), null);
        json.ok(ctx, UserResponse.from(changed));
    }

    private void listAllTokens(Context ctx) {
        json.ok(ctx, authentication.listAllApiTokens(RequestAuth.actor(ctx)).stream().map(ApiTokenResponse::from)
                .toList());
    }

    private void listTokens(Context ctx) {
        json.ok(ctx, authentication.listApiTokens(RequestAuth.actor(ctx)).stream().map(ApiTokenResponse::from)
                .toList());
    }

    private void createToken(Context ctx) {
        CreateTokenRequest request = json.read(ctx, CreateTokenRequest.class);
        CreatedApiToken created = authentication.createApiToken(RequestAuth.actor(ctx), request.name(),
                request.expiresInDays());
        ctx.header("Location", ApiRoutes.PREFIX + "/tokens/" + created.token().id());
        json.respond(ctx, 201, new CreatedTokenResponse(ApiTokenResponse.from(created.token()), created.secret()));
    }

    private void revokeToken(Context ctx) {
        authentication.revokeApiToken(RequestAuth.actor(ctx), new ApiTokenId(Params.pathId(ctx, "id")));
        ctx.status(204);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
