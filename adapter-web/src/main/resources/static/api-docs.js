// Starts Swagger UI on /api/docs over this server's OpenAPI document. A file, not an inline script: the
// Content-Security-Policy allows scripts from this server only. No validator badge (it would call another host).
window.addEventListener("DOMContentLoaded", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
});
