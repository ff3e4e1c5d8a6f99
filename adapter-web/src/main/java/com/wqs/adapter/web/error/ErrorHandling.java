package com.wqs.adapter.web.error;

import com.wqs.adapter.web.http.AccessLog;
import com.wqs.adapter.web.http.RequestIds;
import com.wqs.domain.shared.DomainException;
import com.wqs.domain.shared.ErrorKind;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.RateLimitedException;
import com.wqs.domain.shared.StaleVersionException;
import com.wqs.domain.shared.UnavailableException;
import com.wqs.domain.shared.ValidationException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single error handler of the server. Domain errors map to their status by kind (see
 * {@link HttpStatuses}); HTTP-level errors (no route 404, wrong method 405, body too large 413, wrong
 * content type 415) keep their status; anything else is unexpected: the client gets a generic 500 with
 * the request id, and the log gets exactly one entry holding the request id and the original exception
 * with its full stack trace, counted in {@code wqs.unhandled.exceptions} by type.
 */
public final class ErrorHandling {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);
    /** How much of a refused oversized body is read and dropped so that the 413 reaches the client. */
    private static final long MAX_DISCARDED_BYTES = 16L * 1024 * 1024;
    private static final String INTERNAL_DETAIL =
            "An unexpected error occurred. Please report the request id if it persists.";

    /** The statuses a browser navigation gets as the {@link ErrorPage} rather than problem+json. */
    private static final Set<Integer> PAGE_STATUSES = Set.of(403, 404, 500);

    private final MeterRegistry registry;
    private final String loginPagePath;
    private final Optional<ErrorPage> errorPage;

    public ErrorHandling(MeterRegistry registry, String loginPagePath, Optional<ErrorPage> errorPage) {
        this.registry = registry;
        this.loginPagePath = loginPagePath;
        this.errorPage = errorPage;
    }

    public void install(JavalinConfig config) {
        config.routes.exception(DomainException.class, (e, ctx) -> onDomainError(e, ctx));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> onHttpError(e, ctx));
        config.routes.exception(Exception.class, (e, ctx) -> onUnexpected(e, ctx));
        config.router.javaLangErrorHandler(this::onErrorOutsideHandlers);
    }

    /** Wraps a route handler so that an {@link Error} it throws reaches {@link #onUnexpected}. */
    public static Handler capturingErrors(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (Error error) {
                throw new ErrorInHandler(error);
            }
        };
    }

    private void onDomainError(DomainException e, Context ctx) {
        if (e.kind() == ErrorKind.UNAUTHENTICATED && loginPagePath != null && isPageNavigation(ctx)) {
            String query = ctx.queryString();
            String back = query == null || query.isEmpty() ? ctx.path() : ctx.path() + "?" + query;
            ctx.redirect(loginPagePath + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            return;
        }
        int status = HttpStatuses.of(e.kind());
        if (e instanceof RateLimitedException limited) {
            retryAfter(ctx, limited.retryAfter());
        }
        if (e instanceof UnavailableException unavailable) {
            retryAfter(ctx, unavailable.retryAfter());
        }
        if (e.kind() == ErrorKind.UNAUTHENTICATED) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"wqs\"");
        }
        List<FieldError> errors = e instanceof ValidationException validation ? validation.errors() : List.of();
        Long currentVersion = e instanceof StaleVersionException stale && stale.currentVersion().isPresent()
                ? stale.currentVersion().getAsLong() : null;
        respond(ctx, new Problem(status, e.code(), HttpStatuses.reason(status), e.getMessage(), errors,
                currentVersion));
    }

    /** {@code Retry-After} in whole seconds, at least 1. */
    private static void retryAfter(Context ctx, Duration after) {
        ctx.header("Retry-After", Long.toString(Math.max(1, (after.toMillis() + 999) / 1000)));
    }

    private void onHttpError(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        if (status >= 500) {
            onUnexpected(e, ctx);
            return;
        }
        if (status == 405) {
            allowHeader(e.getDetails()).ifPresent(allow -> ctx.header("Allow", allow));
        }
        if (status == 413) {
            discardUnreadBody(ctx);
        }
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? HttpStatuses.reason(status) : e.getMessage();
        respond(ctx, new Problem(status, "http." + status, HttpStatuses.reason(status), detail, List.of()));
    }

    /**
     * Reads and drops what is left of a refused body (at most {@link #MAX_DISCARDED_BYTES}): a server that answers
     * 413 and closes with the body unread resets the connection, and the reset can wipe the 413 from the client's
     * buffer before it reads it, so the client sees no answer at all. A body larger still gets the reset.
     */
    private static void discardUnreadBody(Context ctx) {
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long discarded = 0;
            int read;
            while (discarded < MAX_DISCARDED_BYTES && (read = in.read(buffer)) >= 0) {
                discarded += read;
            }
        } catch (IOException | IllegalStateException e) {
            LOG.debug("Could not discard the rest of a refused body", e);
        }
    }

    private void onUnexpected(Exception e, Context ctx) {
        Optional<HttpException> refusedByJetty = clientErrorFromJetty(e);
        if (refusedByJetty.isPresent()) {
            int status = refusedByJetty.get().getCode();
            String reason = refusedByJetty.get().getReason();
            respond(ctx, new Problem(status, "http." + status, HttpStatuses.reason(status),
                    "the request could not be read" + (reason == null ? "" : ": " + reason), List.of()));
            return;
        }
        Throwable original = e instanceof ErrorInHandler wrapped ? wrapped.getCause() : e;
        String requestId = RequestIds.of(ctx);
        String type = original.getClass().getName();
        countUnhandled(type);
        logUnhandled(ctx, original, type, requestId);
        respond(ctx, new Problem(500, "internal", INTERNAL_DETAIL));
    }

    /**
     * A 4xx Jetty raised while reading the request for a handler (a multipart body without its boundary,
     * a form over Jetty's limits), wrapped by the servlet layer: the client's fault, not an unexpected error.
     */
    private static Optional<HttpException> clientErrorFromJetty(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return Optional.of(http);
            }
        }
        return Optional.empty();
    }

    /** problem+json, except the {@link ErrorPage} for a browser navigation that ends in 403, 404 or 500. */
    private void respond(Context ctx, Problem problem) {
        if (errorPage.isPresent() && PAGE_STATUSES.contains(problem.status()) && isHtmlRequest(ctx)) {
            ctx.header("Cache-Control", "no-store");
            ctx.status(problem.status()).html(errorPage.get().html(problem.status(), RequestIds.of(ctx), ctx));
            return;
        }
        ProblemResponder.respond(ctx, problem);
    }

    /** One entry holding the request id, the exception's type, message and whole stack trace (causes included). */
    private static void logUnhandled(Context ctx, Throwable original, String type, String requestId) {
        String method = ctx.method().name();
        String route = AccessLog.routeOf(ctx);
        try {
            LOG.error("Unhandled {} in {} {} (route {}) requestId={}: {}", type, method, ctx.path(), route, requestId,
                    original.getMessage(), original);
        } catch (RuntimeException unreadable) {
            // The exception cannot describe itself (its getMessage or toString throws): log its type and its
            // stack without the message rather than lose it.
            RuntimeException standIn = new RuntimeException(type + " whose message cannot be read ("
                    + unreadable.getClass().getName() + ")");
            standIn.setStackTrace(original.getStackTrace());
            LOG.error("Unhandled {} in {} {} (route {}) requestId={}", type, method, ctx.path(), route, requestId,
                    standIn);
        }
    }

    private void countUnhandled(String type) {
        Counter.builder("wqs.unhandled.exceptions")
                .description("Unexpected exceptions answered with 500, by exception type")
                .tag("exception", type)
                .register(registry)
                .increment();
    }

    /**
     * Last resort for an {@link Error} raised outside any route handler (inside Javalin itself): Javalin
     * gives only the servlet response here, so the request id is read back from the response header.
     */
    private void onErrorOutsideHandlers(HttpServletResponse res, Error error) {
        String requestId = res.getHeader(RequestIds.HEADER);
        LOG.error("Unhandled {} outside route handlers requestId={}: {}", error.getClass().getName(), requestId,
                error.getMessage(), error);
        countUnhandled(error.getClass().getName());
        if (res.isCommitted()) {
            return;
        }
        try {
            res.resetBuffer();
            res.setStatus(500);
            res.setContentType(ProblemResponder.CONTENT_TYPE);
            res.getOutputStream().write(ProblemResponder.body(new Problem(500, "internal", INTERNAL_DETAIL),
                    requestId).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | IllegalStateException writeFailure) {
            // The error itself is logged above; the client connection is gone or the response is committed.
            LOG.debug("could not write the 500 body for requestId={}", requestId, writeFailure);
        }
    }

    private static boolean isPageNavigation(Context ctx) {
        return "GET".equals(ctx.method().name()) && isHtmlRequest(ctx);
    }

    private static boolean isHtmlRequest(Context ctx) {
        String accept = ctx.header("Accept");
        return !ctx.path().startsWith("/api/") && accept != null && accept.contains("text/html");
    }

    private static Optional<String> allowHeader(Map<String, String> details) {
        return details.values().stream().filter(v -> v != null && !v.isBlank()).findFirst();
    }
}
