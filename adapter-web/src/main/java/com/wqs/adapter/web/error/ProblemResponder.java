package com.wqs.adapter.web.error;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.wqs.adapter.web.http.RequestIds;
import com.wqs.domain.shared.FieldError;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@code application/problem+json} bodies. The body is assembled from strings and integers only
 * (no object serialisation), so writing an error response cannot itself fail and mask the error.
 */
public final class ProblemResponder {
    public static final String CONTENT_TYPE = "application/problem+json";

    private ProblemResponder() {
    }

    public static void respond(Context ctx, Problem problem) {
        String body = body(problem, RequestIds.of(ctx));
        ctx.status(problem.status()).contentType(CONTENT_TYPE).result(body.getBytes(StandardCharsets.UTF_8));
    }

    static String body(Problem problem, String requestId) {
        StringBuilder json = new StringBuilder(256);
        json.append('{');
        field(json, "type", problem.type()).append(',');
        field(json, "title", problem.title()).append(',');
        json.append("\"status\":").append(problem.status()).append(',');
        field(json, "detail", problem.detail()).append(',');
        field(json, "code", problem.code()).append(',');
        field(json, "requestId", requestId);
        if (problem.currentVersion() != null) {
            json.append(",\"currentVersion\":").append(problem.currentVersion().longValue());
        }
        if (!problem.errors().isEmpty()) {
            json.append(",\"errors\":[");
            boolean first = true;
            for (FieldError error : problem.errors()) {
                if (!first) {
                    json.append(',');
                }
                first = false;
                json.append('{');
                field(json, "field", error.field()).append(',');
                field(json, "message", error.message()).append('}');
            }
            json.append(']');
        }
        return json.append('}').toString();
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        JsonStringEncoder.getInstance().quoteAsString(value == null ? "" : value, json);
        return json.append('"');
    }
}
