package com.wqs.adapter.web.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns Jackson's reading errors into a field path and a message a client can act on. */
final class JsonErrors {
    private static final Pattern QUOTED = Pattern.compile("'(.*?)'");
    private static final Pattern CHARACTER_CODE = Pattern.compile("\\(code (\\d+)\\)");
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

    /**
     * What is wrong with the value at {@link #field}: the rule it breaks, in the API's own words. Jackson's
     * messages (class names, feature names, {@code [Source: ...]} locations) never reach the client.
     */
    static String message(JsonMappingException e) {
        if (e instanceof JsonFieldException) {
            return e.getOriginalMessage();
        }
        Throwable reading = readingProblem(e);
        if (reading != null) {
            return readingMessage(reading);
        }
        if (e instanceof MismatchedInputException mismatch) {
            String original = String.valueOf(e.getOriginalMessage());
            if (original.startsWith("Trailing token")) {
                return "has content after the JSON document: send a single JSON value";
            }
            if (mismatch.getTargetType() != null) {
                return expected(mismatch.getTargetType(), e);
            }
        }
        return "is not valid";
    }

    /**
     * What made a body unreadable before any value was bound (see {@link #message} for values): a syntax
     * error with where it is (line and column in the document), a number out of range, or a document past
     * the reader's limits.
     */
    static String readingMessage(Throwable e) {
        if (e instanceof InputCoercionException coercion) {
            return range(coercion.getTargetType());
        }
        if (e instanceof StreamConstraintsException limit) {
            return limit(String.valueOf(limit.getOriginalMessage()));
        }
        if (e instanceof StreamReadException syntax) {
            JsonLocation at = syntax.getLocation();
            String where = at == null || at.getLineNr() < 1 ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return "is not valid JSON" + where + ": " + syntaxReason(String.valueOf(syntax.getOriginalMessage()));
        }
        return "could not be read as JSON";
    }

    /** The first reading error (syntax, number range, limits) a binding error wraps, or null. */
    private static Throwable readingProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException || t instanceof StreamConstraintsException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** Jackson's syntax error, told as the rule of JSON it breaks. */
    private static String syntaxReason(String original) {
        if (original.startsWith("Unexpected end-of-input")) {
            return "the document ends before it is complete";
        }
        if (original.startsWith("Duplicate field")) {
            Matcher name = QUOTED.matcher(original);
            return name.find() ? "duplicate member \"" + abbreviate(name.group(1)) + "\"" : "duplicate member";
        }
        if (original.startsWith("Non-standard token") || original.contains("in numeric value")
                || original.startsWith("Invalid numeric value") || original.contains("Leading zeroes")) {
            return "not a JSON number (numbers are written like -12.5 or 3e2; NaN, Infinity, leading zeros and + signs are not JSON)";
        }
        if (original.startsWith("Unrecognized character escape") || original.contains("for character escape")) {
            return "invalid escape sequence in a string (allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)";
        }
        if (original.startsWith("Invalid UTF-8") || original.contains("UTF-8")) {
            return "the body is not valid UTF-8";
        }
        Matcher code = CHARACTER_CODE.matcher(original);
        if (code.find()) {
            int c = Integer.parseInt(code.group(1));
            if (c < 0x20 || c == 0x7F) {
                return String.format("control character U+%04X (escape it inside a string; only spaces, tabs and "
                        + "line breaks may stand between values)", c);
            }
            return original.contains("comment") ? "comments are not JSON"
                    : "unexpected character '" + new String(Character.toChars(c)) + "'";
        }
        if (original.startsWith("Unrecognized token")) {
            Matcher token = QUOTED.matcher(original);
            return token.find() ? "unexpected text '" + abbreviate(token.group(1)) + "' (strings must be in double quotes)"
                    : "unexpected text (strings must be in double quotes)";
        }
        return "the document is not well-formed";
    }

    private static String limit(String original) {
        if (original.startsWith("Number value length") || original.startsWith("Number length")) {
            return "has a number longer than the 1000 digits allowed";
        }
        if (original.contains("nesting depth")) {
            return "is nested deeper than the 1000 levels allowed";
        }
        if (original.startsWith("Name length")) {
            return "has a member name longer than the 50000 characters allowed";
        }
        if (original.startsWith("String value length") || original.startsWith("String length")) {
            return "has a string longer than allowed";
        }
        return "is larger than the JSON reader allows";
    }

    private static String range(Class<?> type) {
        if (type == Integer.class || type == Integer.TYPE) {
            return "must be a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == Long.TYPE) {
            return "must be a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE;
        }
        return "is a number out of range";
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
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
        if (type == UUID.class) {
            return "must be a UUID such as 3f2c8a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b";
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
        return "is not valid";
    }
}
