package com.wqs.adapter.web.api;

import com.wqs.adapter.web.http.Access;
import com.wqs.adapter.web.json.JsonCodec;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One route being declared: its handler, whether it is public, and its documentation. */
public final class Operation {
    private final HandlerType method;
    private final String path;
    private final Handler handler;
    private final String tag;
    private String summary = "";
    private String description = "";
    private boolean publicAccess;
    private Class<?> requestSchema;
    private String requestContentType;
    private boolean requestRequired = true;
    private int successStatus = 200;
    private Class<?> responseSchema;
    private ApiDoc.Shape responseShape = ApiDoc.Shape.SINGLE;
    private String responseContentType;
    private final List<ApiDoc.Param> parameters = new ArrayList<>();
    private final Set<Integer> errorStatuses = new TreeSet<>();

    Operation(HandlerType method, String path, Handler handler, String tag) {
        this.method = method;
        this.path = path;
        this.handler = handler;
        this.tag = tag;
    }

    public Operation summary(String text) {
        this.summary = text;
        return this;
    }

    public Operation description(String text) {
        this.description = text;
        return this;
    }

    public Operation publicAccess() {
        this.publicAccess = true;
        return this;
    }

    public Operation accepts(Class<?> schema) {
        this.requestSchema = schema;
        this.requestContentType = JsonCodec.JSON;
        this.requestRequired = true;
        return this;
    }

    public Operation acceptsOptional(Class<?> schema) {
        accepts(schema);
        this.requestRequired = false;
        return this;
    }

    public Operation acceptsContent(String contentType) {
        this.requestContentType = contentType;
        this.requestSchema = null;
        return this;
    }

    public Operation returns(int status, Class<?> schema) {
        return respond(status, schema, ApiDoc.Shape.SINGLE, JsonCodec.JSON);
    }

    public Operation returns(Class<?> schema) {
        return returns(200, schema);
    }

    public Operation returnsList(Class<?> schema) {
        return respond(200, schema, ApiDoc.Shape.LIST, JsonCodec.JSON);
    }

    public Operation returnsPage(Class<?> schema) {
        return respond(200, schema, ApiDoc.Shape.PAGE, JsonCodec.JSON);
    }

    public Operation returnsNoContent() {
        return respond(204, null, ApiDoc.Shape.SINGLE, null);
    }

    public Operation returnsContent(int status, String contentType) {
        return respond(status, null, ApiDoc.Shape.SINGLE, contentType);
    }

    public Operation query(String name, String schemaType, String description) {
        parameters.add(new ApiDoc.Param("query", name, schemaType, null, List.of(), description, false));
        return this;
    }

    /** A query parameter the route cannot do without (400 naming it when absent). */
    public Operation requiredQuery(String name, String schemaType, String description) {
        parameters.add(new ApiDoc.Param("query", name, schemaType, null, List.of(), description, true));
        return this;
    }

    public Operation query(String name, String schemaType, String format, String description) {
        parameters.add(new ApiDoc.Param("query", name, schemaType, format, List.of(), description, false));
        return this;
    }

    public Operation queryEnum(String name, Class<? extends Enum<?>> type, String description) {
        List<String> values = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        parameters.add(new ApiDoc.Param("query", name, "string", null, values, description, false));
        return this;
    }

    public Operation queryEnum(String name, List<String> values, String description) {
        parameters.add(new ApiDoc.Param("query", name, "string", null, values, description, false));
        return this;
    }

    public Operation pageable() {
        query("page", "integer", "page number, from 1 (default 1)");
        return query("size", "integer", "items per page, 1..200 (default 50)");
    }

    public Operation header(String name, String description) {
        parameters.add(new ApiDoc.Param("header", name, "string", null, List.of(), description, false));
        return this;
    }

    /** Error statuses besides those every route of its kind has (401, 400, 404, 413, 415, 403 for CSRF). */
    public Operation errors(int... statuses) {
        for (int status : statuses) {
            errorStatuses.add(status);
        }
        return this;
    }

    HandlerType method() {
        return method;
    }

    String path() {
        return path;
    }

    Endpoint toEndpoint() {
        Set<Integer> errors = new TreeSet<>(errorStatuses);
        if (!publicAccess) {
            errors.add(401);
        }
        boolean hasPathParams = path.contains("{");
        if (hasPathParams) {
            errors.add(400);
            errors.add(404);
        }
        if (!parameters.isEmpty()) {
            errors.add(400);
        }
        if (requestContentType != null) {
            errors.add(400);
            errors.add(413);
            errors.add(415);
        }
        if (method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                || method == HandlerType.DELETE) {
            errors.add(403);
        }
        ApiDoc doc = new ApiDoc(tag, summary, description, requestSchema, requestContentType, requestRequired,
                successStatus, responseSchema, responseShape, responseContentType, parameters, List.copyOf(errors));
        var builder = Endpoint.create(method, path).addMetadata(doc);
        if (publicAccess) {
            builder = builder.addMetadata(new Roles(Set.of(Access.PUBLIC)));
        }
        return builder.handler(handler);
    }

    private Operation respond(int status, Class<?> schema, ApiDoc.Shape shape, String contentType) {
        this.successStatus = status;
        this.responseSchema = schema;
        this.responseShape = shape;
        this.responseContentType = contentType;
        return this;
    }
}
