package com.wqs.adapter.web.api;

import com.wqs.adapter.web.api.dto.LoginThrottleResponse;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.port.in.ManageLoginThrottlesUseCase;
import io.javalin.http.Context;

/** The login throttles in force, for ADMINs (the use case refuses everyone else). */
final class LoginThrottleController implements ApiController {
    private final ManageLoginThrottlesUseCase throttles;
    private final JsonCodec json;

    LoginThrottleController(ManageLoginThrottlesUseCase throttles, JsonCodec json) {
        this.throttles = throttles;
        this.json = json;
    }

    @Override
    public void routes(ApiRoutes api) {
        api.tag("auth");
        api.get("/login-throttles", this::list)
                .summary("Login throttle counters with recent failures, blocking ones first (ADMIN)")
                .returnsList(LoginThrottleResponse.class).errors(403);
        api.delete("/login-throttles", this::clear)
                .summary("Clear one login throttle counter (ADMIN): ?key= as listed")
                .description("Forgets that counter's failures, e.g. to let a user in whose account an attack "
                        + "throttled. A key of no known form is 400 on key.")
                .query("key", "string", "the counter's key, e.g. pair:ana@example.com 203.0.113.7")
                .returnsNoContent().errors(403);
    }

    private void list(Context ctx) {
        json.ok(ctx, throttles.list(RequestAuth.actor(ctx)).stream().map(LoginThrottleResponse::from).toList());
    }

    private void clear(Context ctx) {
        throttles.clear(RequestAuth.actor(ctx), ctx.queryParam("key"));
        ctx.status(204);
    }
}
