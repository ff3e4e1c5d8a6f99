package com.wqs.adapter.web.page;

import com.wqs.adapter.web.http.Access;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * Swagger UI over the server's own OpenAPI document ({@code /openapi.json}) at {@code /api/docs}: public, as the
 * document is. Its files come from the swagger-ui webjar ({@link StaticAssets#swaggerUi()}, no CDN); it is started
 * by {@code /static/api-docs.js}, a file rather than an inline script, so the Content-Security-Policy holds.
 */
final class ApiDocsPage {
    static final String PATH = "/api/docs";
    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Window Quotation System API</title>
              <link rel="stylesheet" href="/api/docs/swagger-ui.css">
              <link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png" sizes="32x32">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="/api/docs/swagger-ui-bundle.js"></script>
              <script src="/static/api-docs.js"></script>
            </body>
            </html>
            """;

    void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH, ctx -> ctx.html(HTML), Access.PUBLIC);
    }
}
