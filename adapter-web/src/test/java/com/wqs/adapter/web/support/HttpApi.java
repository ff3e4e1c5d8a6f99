package com.wqs.adapter.web.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Real HTTP against a started server. */
public final class HttpApi {
    public static final String JSON = "application/json";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public HttpApi(int port) {
        this.base = "http://localhost:" + port;
    }

    public String base() {
        return base;
    }

    public HttpResult get(String path, Credentials credentials) {
        return send("GET", path, null, null, credentials, Map.of());
    }

    public HttpResult delete(String path, Credentials credentials) {
        return send("DELETE", path, null, null, credentials, Map.of());
    }

    public HttpResult post(String path, String json, Credentials credentials) {
        return send("POST", path, json == null ? null : bytes(json), json == null ? null : JSON, credentials, Map.of());
    }

    public HttpResult put(String path, String json, Credentials credentials) {
        return send("PUT", path, bytes(json), JSON, credentials, Map.of());
    }

    public HttpResult patch(String path, String json, Credentials credentials) {
        return send("PATCH", path, bytes(json), JSON, credentials, Map.of());
    }

    public HttpResult send(String method, String path, byte[] body, String contentType, Credentials credentials,
            Map<String, String> headers) {
        return exchange(method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body), contentType, credentials, headers);
    }

    /** As {@link #send}, the body streamed in chunks without a {@code Content-Length}. */
    public HttpResult sendChunked(String method, String path, byte[] body, String contentType, Credentials credentials,
            Map<String, String> headers) {
        return exchange(method, path, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
                contentType, credentials, headers);
    }

    private HttpResult exchange(String method, String path, HttpRequest.BodyPublisher body, String contentType,
            Credentials credentials, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        credentials.apply(request);
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new HttpResult(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
