package com.wqs.adapter.web.api;

import io.javalin.router.EndpointMetadata;
import java.util.List;

/**
 * The OpenAPI description of one route, attached to its Javalin endpoint so that the document is built
 * from the routes the running server actually has.
 *
 * @param requestSchema record class of the JSON body, or null
 * @param requestContentType media type of the body (null when there is none)
 * @param responseSchema record class of the success body, or null
 * @param responseShape how {@code responseSchema} is wrapped
 * @param responseContentType media type of the success body; null for no body
 */
public record ApiDoc(String tag, String summary, String description, Class<?> requestSchema,
        String requestContentType, boolean requestRequired, int successStatus, Class<?> responseSchema,
        Shape responseShape, String responseContentType, List<Param> parameters, List<Integer> errorStatuses)
        implements EndpointMetadata {

    public ApiDoc {
        parameters = List.copyOf(parameters);
        errorStatuses = List.copyOf(errorStatuses);
    }

    public enum Shape {
        SINGLE,
        LIST,
        PAGE
    }

    /** A query or header parameter; {@code schemaType} is an OpenAPI type, {@code enumValues} optional. */
    public record Param(String in, String name, String schemaType, String format, List<String> enumValues,
            String description, boolean required) {
        public Param {
            enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
        }
    }
}
