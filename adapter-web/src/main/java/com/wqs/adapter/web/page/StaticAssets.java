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
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Files served from a folder on the classpath: the pages' CSS, JavaScript and icons ({@code /static/}), and
 * Swagger UI's from its webjar ({@code /api/docs/}). Public (the sign-in page uses them), revalidated by ETag
 * so a new release is picked up at once; only names of the given form are looked up.
 */
final class StaticAssets {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");
    private static final String SWAGGER_UI_POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private final String path;
    private final String folder;
    private final Pattern names;
    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    private record Asset(byte[] content, String type, String etag) {
    }

    /**
     * @param path the URL path the files are under, ending in {@code /}
     * @param folder their classpath folder, ending in {@code /}
     * @param names the form of the names served (each ends in one of {@link #TYPES}' extensions)
     */
    private StaticAssets(String path, String folder, Pattern names) {
        this.path = path;
        this.folder = folder;
        this.names = names;
    }

    /** The pages' own files, {@code /static/app.css} and the like. */
    static StaticAssets pages() {
        return new StaticAssets("/static/", "/static/", Pattern.compile("[a-z0-9-]+\\.(css|js|svg)"));
    }

    /** Swagger UI's script, style sheet and icons, from the {@code org.webjars:swagger-ui} jar. */
    static StaticAssets swaggerUi() {
        return new StaticAssets(ApiDocsPage.PATH + "/", "/META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/",
                Pattern.compile("swagger-ui-bundle\\.js|swagger-ui\\.css|favicon-(16x16|32x32)\\.png"));
    }

    /** The webjar's version, from its Maven metadata (the webjar's files are in a folder named after it). */
    static String swaggerUiVersion() {
        Properties properties = new Properties();
        try (InputStream in = StaticAssets.class.getResourceAsStream(SWAGGER_UI_POM)) {
            if (in == null) {
                throw new IllegalStateException(SWAGGER_UI_POM + " is missing: the swagger-ui webjar is not on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + SWAGGER_UI_POM, e);
        }
        return properties.getProperty("version");
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get(path + "{file}", this::serve, Access.PUBLIC);
    }

    private void serve(Context ctx) {
        String file = ctx.pathParam("file");
        if (!names.matcher(file).matches()) {
            throw new NotFoundResponse("no such asset");
        }
        Asset asset = cache.computeIfAbsent(file, this::load).orElseThrow(() -> new NotFoundResponse("no such asset"));
        ctx.header("ETag", asset.etag());
        ctx.header("Cache-Control", "no-cache");
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.type()).result(asset.content());
    }

    private Optional<Asset> load(String file) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(folder + file)) {
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
