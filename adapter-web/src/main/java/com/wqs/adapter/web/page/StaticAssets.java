package com.wqs.adapter.web.page;

import com.wqs.adapter.web.http.Access;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The pages' CSS, JavaScript and icons from {@code /static/} on the classpath. Public (the sign-in page
 * uses them), revalidated by ETag so a new release is picked up at once.
 */
final class StaticAssets {
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+\\.(css|js|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");

    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    private record Asset(byte[] content, String type, String etag) {
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/static/{file}", this::serve, Access.PUBLIC);
    }

    private void serve(Context ctx) {
        String file = ctx.pathParam("file");
        if (!NAME.matcher(file).matches()) {
            throw new NotFoundResponse("no such asset");
        }
        Asset asset = cache.computeIfAbsent(file, StaticAssets::load).orElseThrow(() -> new NotFoundResponse("no such asset"));
        ctx.header("ETag", asset.etag());
        ctx.header("Cache-Control", "no-cache");
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.type()).result(asset.content());
    }

    private static Optional<Asset> load(String file) {
        try (InputStream in = StaticAssets.class.getResourceAsStream("/static/" + file)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] content = in.readAllBytes();
            String extension = file.substring(file.lastIndexOf('.') + 1);
            return Optional.of(new Asset(content, TYPES.get(extension), "\"" + hash(content) + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException("reading static asset " + file, e);
        }
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
