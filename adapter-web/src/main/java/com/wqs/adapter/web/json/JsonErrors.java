package com.wqs.adapter.web.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns Jackson's reading errors into a field path and a message a client can act on. */
final class JsonErrors {
    private JsonErrors() {
    }

    /** {@code lines[2].widthMm}, or {@code body} when the error is about the document itself. */
    static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static String message(JsonMappingException e) {
        if (e instanceof JsonFieldException) {
            return e.getOriginalMessage();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType(), e);
        }
        return "is not valid: " + e.getOriginalMessage();
    }

    static String syntaxMessage(JsonParseException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return "is not valid JSON" + where + ": " + e.getOriginalMessage();
    }

    private static String expected(Class<?> type, JsonMappingException e) {
        if (type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return "must be one of " + allowed;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (type == BigDecimal.class) {
            return "must be a decimal number such as \"12.50\"";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2026-03-31";
        }
        if (type == Instant.class) {
            return "must be an ISO-8601 instant such as 2026-03-31T10:15:30Z";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return e instanceof InvalidFormatException ? "is not valid" : "must be an object";
        }
        return "is not valid: " + e.getOriginalMessage();
    }
}
