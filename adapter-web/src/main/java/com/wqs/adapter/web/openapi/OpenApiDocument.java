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
import java.util.ArrayList;
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
    /** Routes whose {@code {id}} is an offcut's number ({@code 17} or {@code OC-17}), not a UUID. */
    private static final String OFFCUT_PATHS = "/api/v1/offcuts/";
    /** The one route read with the metrics token instead of a user's session or bearer token. */
    private static final String METRICS_PATH = "/metrics";

    private OpenApiDocument() {
    }

    /**
     * @param publicUrl the address users reach the server at, named as the document's server; null names
     *     the server the document was fetched from (a relative {@code /})
     */
    public static String render(List<Endpoint> endpoints, ObjectMapper mapper, String publicUrl) {
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
                        + "GET /api/v1/me), scripts with Authorization: Bearer <token> (POST /api/v1/tokens).")
                .set("license", mapper.createObjectNode().put("name", "Proprietary"));
        root.putArray("servers").addObject()
                .put("url", publicUrl == null ? "/" : stripTrailingSlash(publicUrl))
                .put("description", publicUrl == null ? "the server this document was read from"
                        : "the server's public address");
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
        securitySchemes.putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("description", "an API token (POST /api/v1/tokens or `wqs token create`)");
        securitySchemes.putObject("metricsToken").put("type", "http").put("scheme", "bearer")
                .put("description", "the server's metrics token (serve --metrics-token or WQS_METRICS_TOKEN)");
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
        if (endpoint.path.equals(METRICS_PATH)) {
            op.putArray("security").addObject().putArray("metricsToken");
        } else if (RouteGuard.isPublic(endpoint)) {
            op.putArray("security");
        }
        ArrayNode parameters = mapper.createArrayNode();
        Matcher m = PATH_PARAM.matcher(endpoint.path);
        while (m.find()) {
            ObjectNode param = parameters.addObject().put("name", m.group(1)).put("in", "path").put("required", true);
            ObjectNode schema = param.putObject("schema");
            if (m.group(1).equals("n")) {
                schema.put("type", "integer").put("format", "int32").put("minimum", 1);
                param.put("description", "the line's number on the quote, from 1");
            } else if (m.group(1).equals("id") && endpoint.path.startsWith(OFFCUT_PATHS)) {
                schema.put("type", "string").put("pattern", "^(OC-)?[0-9]+$");
                param.put("description", "the offcut's number as on the saw sheet (OC-17) or bare (17)");
            } else if (m.group(1).equals("id")) {
                schema.put("type", "string").put("format", "uuid");
            } else {
                schema.put("type", "string");
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
        List<Integer> errors = new ArrayList<>(doc.errorStatuses());
        if (!errors.contains(400)) {
            // Any request can be refused before its handler runs: a malformed URI, header or parameter.
            errors.add(0, 400);
        }
        if (endpoint.path.equals(METRICS_PATH)) {
            errors.addAll(List.of(401, 404));
        }
        for (int status : errors) {
            ObjectNode error = responses.putObject(Integer.toString(status)).put("description", errorDescription(status));
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
            // A JSON document without a record of its own (this OpenAPI document) is an object; others are text.
            return mapper.createObjectNode().put("type",
                    doc.responseContentType().startsWith("application/json") ? "object" : "string");
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

    private static String errorDescription(int status) {
        return switch (status) {
            case 400 -> "Bad request: a malformed URI, header, parameter or body; validation problems name "
                    + "every bad field in errors";
            default -> HttpStatuses.reason(status);
        };
    }

    private static String stripTrailingSlash(String url) {
        return url.replaceAll("/+$", "");
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
