package com.wqs.adapter.web.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The last step of every request: one access log line (method, route template, status, duration,
 * request id, user id) and the {@code http.server.requests} timer tagged by method, route and status.
 * The route template, not the concrete path, keeps both free of ids.
 */
public final class AccessLog {
    public static final String ROUTE_ATTRIBUTE = "wqs.route";
    public static final String USER_ID_ATTRIBUTE = "wqs.userId";
    public static final String UNMATCHED_ROUTE = "UNMATCHED";
    /** Static files (the pages' scripts and styles) are served without a route handler. */
    public static final String STATIC_ROUTE = "STATIC";
    private static final Logger LOG = LoggerFactory.getLogger("com.wqs.adapter.web.access");

    private final MeterRegistry registry;

    public AccessLog(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(Context ctx, float durationMs) {
        try {
            int status = ctx.statusCode();
            String route = ctx.attribute(ROUTE_ATTRIBUTE) == null && status < 400 ? STATIC_ROUTE : routeOf(ctx);
            String userId = ctx.attribute(USER_ID_ATTRIBUTE);
            LOG.info("{} {} {} {}ms requestId={} userId={}", ctx.method().name(), route, status,
                    Math.round(durationMs), RequestIds.of(ctx), userId == null ? "-" : userId);
            Timer.builder("http.server.requests")
                    .description("HTTP requests by method, route template and status")
                    .tag("method", ctx.method().name())
                    .tag("uri", route)
                    .tag("status", Integer.toString(status))
                    .register(registry)
                    .record((long) (durationMs * 1_000_000L), TimeUnit.NANOSECONDS);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    /** The matched route template such as {@code /api/v1/quotes/{id}}, or {@value #UNMATCHED_ROUTE}. */
    public static String routeOf(Context ctx) {
        String route = ctx.attribute(ROUTE_ATTRIBUTE);
        return route == null ? UNMATCHED_ROUTE : route;
    }
}
