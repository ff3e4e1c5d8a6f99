package com.wqs.adapter.web.http;

import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.util.Locale;
import java.util.Optional;

/**
 * Every request body is read as UTF-8 (JSON, forms, CSV): a body whose {@code Content-Type} declares
 * another charset ({@code application/json; charset=utf-16}, a form in {@code iso-8859-1}) is refused with
 * 415 rather than misread. No charset means UTF-8.
 */
public final class BodyCharset {
    private BodyCharset() {
    }

    /** @throws UnsupportedMediaTypeResponse when the request has a body declared in a charset other than UTF-8 */
    public static void requireUtf8(Context ctx) {
        if (ctx.header("Content-Length") == null && ctx.header("Transfer-Encoding") == null
                || "0".equals(ctx.header("Content-Length"))) {
            return;
        }
        declared(ctx.contentType()).filter(charset -> !isUtf8(charset)).ifPresent(charset -> {
            throw new UnsupportedMediaTypeResponse("the body must be UTF-8 encoded (Content-Type charset=" + charset
                    + " is not accepted; give charset=utf-8 or none)");
        });
    }

    /** The {@code charset} parameter of a {@code Content-Type}, unquoted, if it has one. */
    static Optional<String> declared(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
                String value = parameter.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static boolean isUtf8(String charset) {
        String name = charset.toLowerCase(Locale.ROOT);
        return name.equals("utf-8") || name.equals("utf8");
    }
}
