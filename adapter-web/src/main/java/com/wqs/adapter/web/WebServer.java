package com.wqs.adapter.web;

import com.wqs.adapter.web.api.ApiRouting;
import com.wqs.adapter.web.api.ApiRoutes;
import com.wqs.adapter.web.error.ErrorHandling;
import com.wqs.adapter.web.error.ErrorPage;
import com.wqs.adapter.web.error.MalformedRequestHandler;
import com.wqs.adapter.web.http.AccessLog;
import com.wqs.adapter.web.http.BodyCharset;
import com.wqs.adapter.web.http.ClientAddress;
import com.wqs.adapter.web.http.FormText;
import com.wqs.adapter.web.http.RequestIds;
import com.wqs.adapter.web.http.SecurityHeaders;
import com.wqs.adapter.web.http.Transport;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.openapi.OpenApiDocument;
import com.wqs.adapter.web.security.Authenticator;
import com.wqs.adapter.web.security.BrowserSessions;
import com.wqs.adapter.web.security.ForgeryProtection;
import com.wqs.adapter.web.security.MetricsToken;
import com.wqs.adapter.web.security.RouteGuard;
import com.wqs.adapter.web.security.SessionCookie;
import com.wqs.application.port.out.Store;
import com.wqs.application.service.UseCases;
import io.javalin.Javalin;
import io.javalin.config.Key;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;

/**
 * The HTTP server: the JSON API under {@code /api/v1}, health, metrics and OpenAPI endpoints, and the
 * routes of every {@link RouteRegistrar} (the HTML pages). Building it has no side effect;
 * {@link #start()} binds the port and {@link #stop()} lets requests in flight finish (up to
 * {@code WebConfig.shutdownGrace}) before closing.
 */
public final class WebServer {
    /** The JSON codec ({@code ctx.appData(WebServer.JSON_KEY)}), for page handlers that answer JSON too. */
    public static final Key<JsonCodec> JSON_KEY = new Key<>("wqs.json");
    /** Browser sign-in and sign-out ({@code ctx.appData(WebServer.SESSIONS_KEY)}), for the HTML login form. */
    public static final Key<BrowserSessions> SESSIONS_KEY = new Key<>("wqs.sessions");

    private final Javalin app;
    private final WebConfig config;

    public WebServer(UseCases useCases, Store store, WebConfig config, PrometheusMeterRegistry registry,
            List<RouteRegistrar> registrars) {
        this.config = config;
        JsonCodec json = new JsonCodec();
        Transport transport = new Transport(config.servedOverHttps(), config.trustForwardedFor());
        SessionCookie cookie = new SessionCookie(transport);
        Authenticator authenticator = new Authenticator(useCases.authentication(), cookie);
        BrowserSessions sessions = new BrowserSessions(useCases.authentication(), authenticator, cookie);
        RouteGuard guard = new RouteGuard(authenticator, new ForgeryProtection(config.originsToTrust()));
        AccessLog accessLog = new AccessLog(registry);
        Supplier<String> openApi = new OpenApiSupplier(this, json, config.publicUrl());
        ApiRoutes api = ApiRouting.declare(useCases, sessions, store::isReady, registry, openApi, json,
                new MetricsToken(config.metricsToken()));
        this.app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.showOldJavalinVersionWarning = false;
            javalin.jetty.host = config.host();
            javalin.jetty.port = config.port();
            javalin.jetty.modifyServer(server -> {
                server.setStopTimeout(config.shutdownGrace().toMillis());
                server.setErrorHandler(new MalformedRequestHandler());
            });
            javalin.http.maxRequestSize = config.maxBodyBytes();
            javalin.http.prefer405over404 = true;
            javalin.jsonMapper(new JavalinJackson(json.mapper(), false));
            // Javalin's own ip() is the connection's address whatever the headers say
            javalin.contextResolver.ip = config.trustForwardedFor() ? ClientAddress::behindProxy
                    : ctx -> ctx.req().getRemoteAddr();
            javalin.appData(Authenticator.KEY, authenticator);
            javalin.appData(JSON_KEY, json);
            javalin.appData(SESSIONS_KEY, sessions);
            javalin.router.handlerWrapper(guard::wrap);
            new ErrorHandling(registry, config.loginPagePath(), errorPage(registrars)).install(javalin);
            javalin.routes.before(ctx -> {
                RequestIds.assign(ctx);
                SecurityHeaders.apply(ctx, transport.isHttps(ctx));
                BodyCharset.requireUtf8(ctx);
                FormText.check(ctx);
            });
            javalin.requestLogger.http(accessLog::record);
            api.registerAll(javalin.routes);
            registrars.forEach(registrar -> registrar.register(javalin));
        });
        answerHeadThroughGetRoutes();
    }

    /**
     * Javalin answers HEAD on a GET route itself with an empty 200, without running the route's handler and
     * so without the {@link RouteGuard}. An explicit HEAD route per GET route (same handler, same roles) puts
     * HEAD through the same authentication and answers the status GET would; Jetty drops the body.
     */
    private void answerHeadThroughGetRoutes() {
        Set<String> explicitHeads = app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint).filter(e -> e.method == HandlerType.HEAD)
                .map(e -> e.path).collect(Collectors.toSet());
        for (Endpoint get : httpEndpoints()) {
            if (get.method != HandlerType.GET || explicitHeads.contains(get.path)) {
                continue;
            }
            Endpoint head = new Endpoint(HandlerType.HEAD, get.path, get.handler);
            Roles roles = get.metadata(Roles.class);
            app.unsafe.internalRouter.addHttpEndpoint(roles == null ? head : head.withMetadata(roles));
        }
    }

    private static Optional<ErrorPage> errorPage(List<RouteRegistrar> registrars) {
        return registrars.stream().map(RouteRegistrar::errorPage).flatMap(Optional::stream).findFirst();
    }

    public WebServer start() {
        app.start();
        return this;
    }

    /** Stops accepting connections, lets requests in flight finish (up to the shutdown grace), then closes. */
    public void stop() {
        app.stop();
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return app.port();
    }

    public WebConfig config() {
        return config;
    }

    /** Every HTTP route of the running server (method and path template), pages included. */
    public List<Route> routes() {
        return httpEndpoints().stream().map(e -> new Route(e.method.name(), e.path)).toList();
    }

    List<Endpoint> httpEndpoints() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(e -> e.method.isHttpMethod() && e.method != HandlerType.HEAD)
                .toList();
    }

    public record Route(String method, String path) {
    }

    /** Renders the OpenAPI document once, from the routes the server has when it is first asked. */
    private static final class OpenApiSupplier implements Supplier<String> {
        private final WebServer server;
        private final JsonCodec json;
        private final String publicUrl;
        private volatile String document;

        OpenApiSupplier(WebServer server, JsonCodec json, String publicUrl) {
            this.server = server;
            this.json = json;
            this.publicUrl = publicUrl;
        }

        @Override
        public String get() {
            String current = document;
            if (current == null) {
                current = OpenApiDocument.render(server.httpEndpoints(), json.mapper(), publicUrl);
                document = current;
            }
            return current;
        }
    }
}
