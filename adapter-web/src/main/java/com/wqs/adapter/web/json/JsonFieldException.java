package com.wqs.adapter.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A reading error a custom deserializer raises with its own message, kept as it is in the problem (no
 * "is not valid:" prefix). {@code path} names where inside the value being read the error is
 * ({@code parts[1].opening}); Jackson adds the path to the value itself ({@code lines[0].layout}).
 */
public final class JsonFieldException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    private JsonFieldException(JsonParser parser, String message) {
        super(parser, message);
    }

    /**
     * @param path dotted path inside the value with indexes in brackets, e.g. {@code parts[1].opening};
     *        empty for the value itself
     */
    public static JsonFieldException at(JsonParser parser, String path, String message) {
        JsonFieldException e = new JsonFieldException(parser, message);
        String[] steps = path.isEmpty() ? new String[0] : path.replace("[", ".[").split("\\.");
        for (int i = steps.length - 1; i >= 0; i--) {
            String step = steps[i];
            if (step.isEmpty()) {
                continue;
            }
            if (step.startsWith("[")) {
                e.prependPath(new Reference(null, Integer.parseInt(step.substring(1, step.length() - 1))));
            } else {
                e.prependPath(new Reference(null, step));
            }
        }
        return e;
    }
}
