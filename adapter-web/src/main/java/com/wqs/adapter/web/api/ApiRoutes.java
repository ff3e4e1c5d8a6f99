package com.wqs.adapter.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the documented routes of the API. Controllers declare their routes here
 * ({@code api.get("/quotes/{id}", this::get).summary(...).returns(QuoteResponse.class)}); paths are
 * relative to {@link #PREFIX} unless declared with {@link #root}.
 */
public final class ApiRoutes {
    public static final String PREFIX = "/api/v1";

    /** The description of a replace that is checked against the version the client read. */
    static final String REPLACE_WITH_VERSION = "Send the version you read as 'version' (required: without it the"
            + " answer is 400 naming it). If the record was saved since, the answer is 409 (<entity>.stale) with"
            + " 'currentVersion', the version stored now, and nothing changes: reload, merge and send again.";

    private final List<Operation> operations = new ArrayList<>();
    private String tag = "default";

    /** The OpenAPI tag of the routes declared next. */
    public ApiRoutes tag(String name) {
        this.tag = name;
        return this;
    }

    public Operation get(String path, Handler handler) {
        return add(HandlerType.GET, PREFIX + path, handler);
    }

    public Operation post(String path, Handler handler) {
        return add(HandlerType.POST, PREFIX + path, handler);
    }

    public Operation put(String path, Handler handler) {
        return add(HandlerType.PUT, PREFIX + path, handler);
    }

    public Operation patch(String path, Handler handler) {
        return add(HandlerType.PATCH, PREFIX + path, handler);
    }

    public Operation delete(String path, Handler handler) {
        return add(HandlerType.DELETE, PREFIX + path, handler);
    }

    /** A route outside the versioned API prefix ({@code /health/live}, {@code /metrics}, ...). */
    public Operation root(HandlerType method, String fullPath, Handler handler) {
        return add(method, fullPath, handler);
    }

    public void registerAll(RoutesConfig routes) {
        for (Operation operation : operations) {
            routes.addEndpoint(operation.toEndpoint());
        }
    }

    private Operation add(HandlerType method, String path, Handler handler) {
        Operation operation = new Operation(method, path, handler, tag);
        operations.add(operation);
        return operation;
    }
}
