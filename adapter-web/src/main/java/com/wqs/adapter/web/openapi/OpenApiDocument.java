package com.wqs.adapter.web.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wqs.adapter.web.api.ApiDoc;
import com.wqs.adapter.web.error.HttpStatuses;
import com.wqs.adapter.web.error.ProblemResponder;
import com.wqs.adapter.web.security.RouteGuard;
import com.wqs.adapter.web.security.SessionCookie;
import io.javalin.router.Endpoint;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.0 document of the server, built from the documentation attached to the routes the
 * running server has ({@link ApiDoc}); a route without documentation is simply absent, which the route
 * test catches.
 */
public final class OpenApiDocument {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");

    private OpenApiDocument() {
    }

    public static String render(List<Endpoint> endpoints, ObjectMapper mapper) {
        SchemaRegistry schemas = new SchemaRegistry(mapper);
        ObjectNode root = mapper.createObjectNode();
        root.put("openapi", "3.0.3");
        root.putObject("info")
                .put("title", "Window Quotation System API")
                .put("version", "1")
                .put("description", "JSON API of the Window Quotation System. Ids are UUID strings, money and "
                        + "rates decimal strings (\"1234.50\", \"0.25\" = 25 %), instants ISO-8601 UTC, dates "
                        + "YYYY-MM-DD. Errors are application/problem+json (RFC 9457) with a requestId; "
                        + "validation problems list every bad field. Browsers authenticate with the "
                        + SessionCookie.NAME + " cookie (state changes need the X-CSRF-Token header from "
                        + "GET /api/v1/me), scripts with Authorization: Bearer <token> (POST /api/v1/tokens).");
        root.set("security", mapper.createArrayNode()
                .add(mapper.createObjectNode().set("session", mapper.createArrayNode()))
                .add(mapper.createObjectNode().set("bearer", mapper.createArrayNode())));
        ObjectNode paths = root.putObject("paths");
        endpoints.stream()
                .filter(e -> e.metadata(ApiDoc.class) != null)
                .sorted(Comparator.comparing((Endpoint e) -> e.path).thenComparing(e -> e.method.name()))
                .forEach(e -> {
                    ObjectNode path = paths.has(e.path) ? (ObjectNode) paths.get(e.path) : paths.putObject(e.path);
                    path.set(e.method.name().toLowerCase(Locale.ROOT), operation(e, schemas, mapper));
                });
        ObjectNode components = root.putObject("components");
        ObjectNode securitySchemes = components.putObject("securitySchemes");
        securitySchemes.putObject("session").put("type", "apiKey").put("in", "cookie").put("name", SessionCookie.NAME);
        securitySchemes.putObject("bearer").put("type", "http").put("scheme", "bearer");
        ObjectNode schemaNodes = components.putObject("schemas");
        schemaNodes.set("Problem", problemSchema(mapper));
        schemaNodes.setAll(schemas.all());
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }

    private static ObjectNode operation(Endpoint endpoint, SchemaRegistry schemas, ObjectMapper mapper) {
        ApiDoc doc = endpoint.metadata(ApiDoc.class);
        ObjectNode op = mapper.createObjectNode();
        op.putArray("tags").add(doc.tag());
        op.put("summary", doc.summary());
        if (!doc.description().isEmpty()) {
            op.put("description", doc.description());
        }
        op.put("operationId", operationId(endpoint));
        if (RouteGuard.isPublic(endpoint)) {
            op.putArray("security");
        }
        ArrayNode parameters = mapper.createArrayNode();
        Matcher m = PATH_PARAM.matcher(endpoint.path);
        while (m.find()) {
            ObjectNode param = parameters.addObject().put("name", m.group(1)).put("in", "path").put("required", true);
            ObjectNode schema = param.putObject("schema").put("type", "string");
            if (m.group(1).equals("id")) {
                schema.put("format", "uuid");
            }
        }
        for (ApiDoc.Param p : doc.parameters()) {
            ObjectNode param = parameters.addObject().put("name", p.name()).put("in", p.in())
                    .put("required", p.required()).put("description", p.description());
            ObjectNode schema = param.putObject("schema").put("type", p.schemaType());
            if (p.format() != null) {
                schema.put("format", p.format());
            }
            if (!p.enumValues().isEmpty()) {
                ArrayNode values = schema.putArray("enum");
                p.enumValues().forEach(values::add);
            }
        }
        if (!parameters.isEmpty()) {
            op.set("parameters", parameters);
        }
        if (doc.requestContentType() != null) {
            ObjectNode body = op.putObject("requestBody").put("required", doc.requestRequired());
            ObjectNode media = body.putObject("content").putObject(doc.requestContentType());
            media.set("schema", doc.requestSchema() != null ? schemas.ref(doc.requestSchema())
                    : mapper.createObjectNode().put("type", "string"));
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode success = responses.putObject(Integer.toString(doc.successStatus()))
                .put("description", successDescription(doc.successStatus()));
        if (doc.responseContentType() != null) {
            ObjectNode media = success.putObject("content").putObject(doc.responseContentType());
            media.set("schema", responseSchema(doc, schemas, mapper));
        }
        for (int status : doc.errorStatuses()) {
            ObjectNode error = responses.putObject(Integer.toString(status)).put("description", HttpStatuses.reason(status));
            error.putObject("content").putObject(ProblemResponder.CONTENT_TYPE).putObject("schema")
                    .put("$ref", "#/components/schemas/Problem");
        }
        ObjectNode unexpected = responses.putObject("500").put("description",
                "Unexpected error: a generic problem with the request id; the log holds the cause");
        unexpected.putObject("content").putObject(ProblemResponder.CONTENT_TYPE).putObject("schema")
                .put("$ref", "#/components/schemas/Problem");
        return op;
    }

    private static ObjectNode responseSchema(ApiDoc doc, SchemaRegistry schemas, ObjectMapper mapper) {
        if (doc.responseSchema() == null) {
            return mapper.createObjectNode().put("type", "string");
        }
        ObjectNode item = schemas.ref(doc.responseSchema());
        return switch (doc.responseShape()) {
            case SINGLE -> item;
            case LIST -> {
                ObjectNode array = mapper.createObjectNode().put("type", "array");
                array.set("items", item);
                yield array;
            }
            case PAGE -> {
                ObjectNode page = mapper.createObjectNode().put("type", "object");
                ObjectNode properties = page.putObject("properties");
                ObjectNode items = properties.putObject("items").put("type", "array");
                items.set("items", item);
                properties.putObject("total").put("type", "integer").put("format", "int64");
                properties.putObject("page").put("type", "integer").put("format", "int32");
                properties.putObject("size").put("type", "integer").put("format", "int32");
                properties.putObject("totalPages").put("type", "integer").put("format", "int64");
                yield page;
            }
        };
    }

    private static ObjectNode problemSchema(ObjectMapper mapper) {
        ObjectNode schema = mapper.createObjectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("type").put("type", "string");
        properties.putObject("title").put("type", "string");
        properties.putObject("status").put("type", "integer");
        properties.putObject("detail").put("type", "string");
        properties.putObject("code").put("type", "string");
        properties.putObject("requestId").put("type", "string");
        properties.putObject("currentVersion").put("type", "integer").put("format", "int64").put("description",
                "the version stored now, on a write refused as stale (code <entity>.stale)");
        ObjectNode errors = properties.putObject("errors").put("type", "array");
        ObjectNode error = errors.putObject("items").put("type", "object");
        error.putObject("properties").putObject("field").put("type", "string");
        ((ObjectNode) error.get("properties")).putObject("message").put("type", "string");
        schema.putArray("required").add("type").add("title").add("status").add("detail").add("requestId");
        return schema;
    }

    private static String successDescription(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            default -> "Success";
        };
    }

    private static String operationId(Endpoint endpoint) {
        StringBuilder id = new StringBuilder(endpoint.method.name().toLowerCase(Locale.ROOT));
        for (String part : endpoint.path.split("[/.{}-]+")) {
            if (!part.isEmpty() && !part.equals("api") && !part.equals("v1")) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }
}
