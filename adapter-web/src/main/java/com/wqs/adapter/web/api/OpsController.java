package com.wqs.adapter.web.api;

import com.wqs.adapter.web.AppVersion;
import com.wqs.adapter.web.api.dto.HealthResponse;
import com.wqs.adapter.web.error.Problem;
import com.wqs.adapter.web.error.ProblemResponder;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.MetricsToken;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operations endpoints outside the versioned API: liveness, readiness (the store is reachable and
 * migrated) and the OpenAPI document, public; Prometheus metrics, which name routes and error types, only
 * for a scraper with the metrics token ({@link MetricsToken}: 404 when none is configured).
 */
final class OpsController implements ApiController {
    private static final Logger LOG = LoggerFactory.getLogger(OpsController.class);
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final BooleanSupplier storeReady;
    private final PrometheusMeterRegistry registry;
    private final Supplier<String> openApiDocument;
    private final JsonCodec json;
    private final MetricsToken metricsToken;

    OpsController(BooleanSupplier storeReady, PrometheusMeterRegistry registry, Supplier<String> openApiDocument,
            JsonCodec json, MetricsToken metricsToken) {
        this.metricsToken = metricsToken;
        this.storeReady = storeReady;
        this.registry = registry;
        this.openApiDocument = openApiDocument;
        this.json = json;
    }

    @Override
    public void routes(ApiRoutes api) {
        api.tag("operations");
        api.root(HandlerType.GET, "/health", this::live).publicAccess()
                .summary("The process answers, and the application's version").returns(HealthResponse.class);
        api.root(HandlerType.GET, "/health/live", this::live).publicAccess()
                .summary("Liveness: the process answers").returns(HealthResponse.class);
        api.root(HandlerType.GET, "/health/ready", this::ready).publicAccess()
                .summary("Readiness: the database is reachable and migrated (503 problem otherwise)")
                .returns(HealthResponse.class).errors(503);
        api.root(HandlerType.GET, "/metrics", this::metrics).publicAccess()
                .summary("Prometheus metrics: http_server_requests per route and status, "
                        + "wqs_unhandled_exceptions_total by exception type; only with the metrics token "
                        + "(Authorization: Bearer <token>; 404 when the server has none configured)")
                .returnsContent(200, "text/plain");
        api.root(HandlerType.GET, "/openapi.json", this::openApi).publicAccess()
                .summary("This OpenAPI 3 document").returnsContent(200, JsonCodec.JSON);
    }

    private void live(Context ctx) {
        json.ok(ctx, new HealthResponse("UP", AppVersion.get()));
    }

    private void ready(Context ctx) {
        boolean ready;
        String detail = "the database is not reachable or its schema is not current";
        try {
            ready = storeReady.getAsBoolean();
        } catch (RuntimeException e) {
            // A failing probe means "not ready", not a server error; the cause is logged whole.
            LOG.warn("readiness check failed", e);
            ready = false;
            detail = "the readiness check failed (the server log has the cause)";
        }
        if (ready) {
            json.ok(ctx, new HealthResponse("UP", AppVersion.get()));
        } else {
            ProblemResponder.respond(ctx, new Problem(503, "not_ready", detail));
        }
    }

    private void metrics(Context ctx) {
        metricsToken.check(ctx);
        ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape());
    }

    private void openApi(Context ctx) {
        ctx.contentType(JsonCodec.JSON).result(openApiDocument.get());
    }
}
