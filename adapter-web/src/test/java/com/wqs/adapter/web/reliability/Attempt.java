package com.wqs.adapter.web.reliability;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request of the corpus as sent: method, path with query, body bytes (null: none), content type, headers;
 * {@code streamed} in chunks; {@code raw} written by hand on a socket, method and path as they are (requests
 * no HTTP client sends, which Jetty refuses before any route).
 */
record Attempt(String method, String path, byte[] body, String contentType, Map<String, String> headers,
        boolean streamed, boolean raw) {

    static Attempt of(String method, String path, String body, String contentType) {
        return new Attempt(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType,
                Map.of(), false, false);
    }

    Attempt withBody(byte[] newBody, String newContentType) {
        return new Attempt(method, path, newBody, newContentType, headers, streamed, raw);
    }

    Attempt withBody(String newBody) {
        return withBody(newBody.getBytes(StandardCharsets.UTF_8), contentType);
    }

    Attempt withPath(String newPath) {
        return new Attempt(method, newPath, body, contentType, headers, streamed, raw);
    }

    Attempt withHeaders(Map<String, String> newHeaders) {
        return new Attempt(method, path, body, contentType, newHeaders, streamed, raw);
    }

    /** Sent in chunks, without a Content-Length. */
    Attempt inChunks() {
        return new Attempt(method, path, body, contentType, headers, true, raw);
    }

    /** Written by hand on a socket with {@code newMethod} (null: the same) and the path as it is. */
    Attempt raw(String newMethod) {
        return new Attempt(newMethod == null ? method : newMethod, path, body, contentType, headers, streamed, true);
    }

    String bodyText() {
        return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        String text = bodyText();
        String shown = text == null ? "" : " " + (text.length() > 160 ? text.substring(0, 160) + "...(" + body.length
                + " bytes)" : text);
        return method + " " + (path.length() > 160 ? path.substring(0, 160) + "..." : path)
                + (contentType == null ? "" : " [" + contentType + "]") + shown;
    }
}
