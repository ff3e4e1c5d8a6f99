package com.wqs.adapter.web.api;

import com.wqs.adapter.web.api.dto.ApiTokenResponse;
import com.wqs.adapter.web.api.dto.CreateTokenRequest;
import com.wqs.adapter.web.api.dto.CreatedTokenResponse;
import com.wqs.adapter.web.api.dto.LoginRequest;
import com.wqs.adapter.web.api.dto.LoginResponse;
import com.wqs.adapter.web.api.dto.MeResponse;
import com.wqs.adapter.web.api.dto.UserResponse;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.BrowserSessions;
import com.wqs.adapter.web.security.Authentication;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.port.in.AuthenticationUseCase;
import com.wqs.application.port.in.CreatedApiToken;
import com.wqs.application.port.in.LoginResult;
import com.wqs.domain.user.ApiTokenId;
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
                        + "answer one generic 401; too many failures per account or client address answer 429 "
                        + "with Retry-After. Cross-origin browser requests are refused (strict Origin check).")
                .accepts(LoginRequest.class).returns(LoginResponse.class).errors(429);
        api.post("/auth/logout", this::logout)
                .summary("Sign out: ends the session and clears its cookie").returnsNoContent();
        api.get("/me", this::me)
                .summary("The current user and the session's CSRF token").returns(MeResponse.class);
        api.get("/tokens", this::listTokens)
                .summary("The current user's API tokens").returnsList(ApiTokenResponse.class);
        api.post("/tokens", this::createToken)
                .summary("Create a bearer API token; its secret is shown only in this response")
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

    private void listTokens(Context ctx) {
        json.ok(ctx, authentication.listApiTokens(RequestAuth.actor(ctx)).stream().map(ApiTokenResponse::from)
                .toList());
    }

    private void createToken(Context ctx) {
        CreateTokenRequest request = json.read(ctx, CreateTokenRequest.class);
        CreatedApiToken created = authentication.createApiToken(RequestAuth.actor(ctx), request.name());
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
