package com.wqs.adapter.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A response as the tests see it: status, headers and the body, parsed as JSON on demand. */
public record HttpResult(int status, HttpHeaders headers, byte[] body) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("not JSON (status " + status + "): " + text(), e);
        }
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public List<String> headerValues(String name) {
        return headers.allValues(name);
    }

    /** The value this response sets for cookie {@code name}, or null when it sets none. */
    public String cookie(String name) {
        for (String setCookie : headerValues("Set-Cookie")) {
            if (setCookie.startsWith(name + "=")) {
                int end = setCookie.indexOf(';');
                return setCookie.substring(name.length() + 1, end < 0 ? setCookie.length() : end);
            }
        }
        return null;
    }

    public String contentType() {
        return header("Content-Type");
    }

    @Override
    public String toString() {
        return status + " " + text();
    }
}
