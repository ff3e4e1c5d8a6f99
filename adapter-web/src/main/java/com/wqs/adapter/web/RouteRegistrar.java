package com.wqs.adapter.web;

import com.wqs.adapter.web.error.ErrorPage;
import io.javalin.config.JavalinConfig;
import java.util.Optional;

/**
 * How other parts of the web adapter (the HTML pages) add their routes to the server without editing it.
 * Register routes on {@code config.routes}, static files on {@code config.staticFiles} and a template
 * renderer with {@code config.fileRenderer(...)}; leave the http, router and jetty settings alone.
 *
 * <p>What every route gets from the server, whoever registers it:
 * <ul>
 *   <li>authentication: a route registered without a role requires a signed-in user (bearer token or
 *   {@code wqs_session} cookie) and answers 401 otherwise (or redirects an HTML navigation to
 *   {@code WebConfig.loginPagePath} when that is set); pass {@code Access.PUBLIC} as the route role for
 *   pages anyone may see (the login page). In handlers, {@code RequestAuth.actor(ctx)} is the acting user,
 *   {@code RequestAuth.current(ctx)} tells whether someone is signed in on a public route, and
 *   {@code RequestAuth.csrfToken(ctx)} is the token to put in forms as the {@code _csrf} field;</li>
 *   <li>CSRF: POST/PUT/PATCH/DELETE authenticated by the cookie must carry the token ({@code _csrf} form
 *   field or {@code X-CSRF-Token} header), and every state-changing request passes a strict Origin check.
 *   An HTML login form signs in through {@code BrowserSessions.replacePrevious} after
 *   {@code AuthenticationUseCase.login};</li>
 *   <li>request id, security headers (CSP without inline scripts), the access log line, the request
 *   metrics, and the one error handler (problem+json, 500s logged whole with the request id).</li>
 * </ul>
 */
@FunctionalInterface
public interface RouteRegistrar {
    void register(JavalinConfig config);

    /**
     * The HTML page for browser navigations that end in 403, 404 or 500 (the first registrar offering one
     * wins); without one every error is problem+json.
     */
    default Optional<ErrorPage> errorPage() {
        return Optional.empty();
    }
}
