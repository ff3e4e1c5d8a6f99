package com.wqs.adapter.web.security;

import com.wqs.adapter.web.error.ErrorHandling;
import com.wqs.adapter.web.http.Access;
import com.wqs.adapter.web.http.AccessLog;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;

/**
 * Wraps every route handler, whoever registered it (API controllers or HTML pages): records the route
 * template for logs and metrics, refuses cross-origin state changes, requires authentication unless the
 * route is {@link Access#PUBLIC}, checks the CSRF token of cookie-authenticated state changes, and turns
 * an {@link Error} thrown by the handler into an exception the error handler logs.
 */
public final class RouteGuard {
    private final Authenticator authenticator;
    private final ForgeryProtection forgery;

    public RouteGuard(Authenticator authenticator, ForgeryProtection forgery) {
        this.authenticator = authenticator;
        this.forgery = forgery;
    }

    public Handler wrap(Endpoint endpoint) {
        if (!endpoint.method.isHttpMethod()) {
            return ErrorHandling.capturingErrors(endpoint.handler);
        }
        boolean isPublic = isPublic(endpoint);
        String route = endpoint.path;
        Handler handler = endpoint.handler;
        return ErrorHandling.capturingErrors(ctx -> {
            ctx.attribute(AccessLog.ROUTE_ATTRIBUTE, route);
            boolean stateChanging = ForgeryProtection.isStateChanging(ctx.method());
            if (stateChanging) {
                forgery.checkOrigin(ctx);
            }
            if (!isPublic) {
                Authentication authentication = authenticator.require(ctx);
                if (stateChanging) {
                    forgery.checkCsrfToken(ctx, authentication);
                }
            }
            handler.handle(ctx);
        });
    }

    public static boolean isPublic(Endpoint endpoint) {
        Roles roles = endpoint.metadata(Roles.class);
        return roles != null && roles.getRoles().contains(Access.PUBLIC);
    }
}
