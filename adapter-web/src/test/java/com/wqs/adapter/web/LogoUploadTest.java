package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.page.PageRoutes;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.TestImages;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.domain.catalog.CompanyProfile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 5: the logo uploaded through {@code PUT /api/v1/settings} or the settings page is judged by its
 * bytes, not by the content type it declares, refused above 16 megapixels from its header alone (a 40,000 ×
 * 40,000 PNG of a few bytes made parallel PDF renders exhaust a 5 GB heap), and stored at most 1,024 px a side.
 */
class LogoUploadTest {
    private static WebTestServer env;

    @BeforeAll
    static void start() {
        env = WebTestServer.start(WebConfig.defaults(), useCases -> List.of(new PageRoutes(useCases)),
                WebTestServer.TEST_PDF);
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void aGifHtmlOrTextDeclaredAsPngIsRefusedNamingTheLogo() {
        CompanyProfile before = storedCompany();
        for (byte[] notAPng : List.of(TestImages.gif(), bytes("<html><body><script>alert(1)</script></body></html>"),
                bytes("plain text, not an image"))) {
            HttpResult refused = putLogo(notAPng, "image/png");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("company.logo");
            assertThat(refused.json().get("errors").get(0).get("message").asText())
                    .startsWith("must be a PNG or JPEG image");
        }
        assertThat(storedCompany()).isEqualTo(before);
    }

    @Test
    void anSvgIsRefusedWithTheReason() {
        HttpResult refused = putLogo(bytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
                "image/svg+xml");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("SVG, which is not accepted");
    }

    @Test
    void aJpegDeclaredAsPngIsStoredAsTheJpegItIs() {
        HttpResult saved = putLogo(TestImages.jpeg(320, 200), "image/png");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("company").get("logoContentType").asText()).isEqualTo("image/jpeg");
        assertThat(storedCompany().logoContentType()).isEqualTo("image/jpeg");
    }

    @Test
    void a40000By40000PngIsRefusedFromItsHeader() {
        HttpResult refused = putLogo(TestImages.pngClaiming(40_000, 40_000), "image/png");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("company.logo");
        assertThat(error.get("message").asText()).contains("at most 16 megapixels").contains("40000 × 40000");
    }

    @Test
    void a3000By2000LogoIsStoredDownscaledTo1024By683() {
        HttpResult saved = putLogo(TestImages.png(3000, 2000, true), "image/png");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        BufferedImage stored = TestImages.decode(storedCompany().logo());
        assertThat(stored.getWidth()).isEqualTo(1024);
        assertThat(stored.getHeight()).isEqualTo(683);
        assertThat(stored.getColorModel().hasAlpha()).isTrue();
        byte[] returned = Base64.getDecoder().decode(saved.json().get("company").get("logo").asText());
        assertThat(returned).isEqualTo(storedCompany().logo());
    }

    @Test
    void theSettingsPageChecksTheUploadedBytesToo() {
        Credentials.Session admin = env.session(env.admin);
        HttpResult refused = postPage(admin, TestImages.pngClaiming(40_000, 40_000), "image/png");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.text()).contains("at most 16 megapixels");

        HttpResult gif = postPage(admin, TestImages.gif(), "image/png");
        assertThat(gif.status()).isEqualTo(400);
        assertThat(gif.text()).contains("must be a PNG or JPEG image");

        HttpResult saved = postPage(admin, TestImages.png(3000, 2000, false), "application/octet-stream");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        CompanyProfile company = storedCompany();
        assertThat(company.logoContentType()).isEqualTo("image/png");
        assertThat(TestImages.decode(company.logo()).getWidth()).isEqualTo(1024);
        assertThat(TestImages.decode(company.logo()).getHeight()).isEqualTo(683);
    }

    private static HttpResult putLogo(byte[] logo, String declaredType) {
        long version = env.useCases.settings().get(env.actor(env.admin)).version();
        String body = "{\"company\":{\"name\":\"Ventanas SA\",\"address\":\"1 Glass Road\",\"phone\":\"+1 555 0199\","
                + "\"email\":\"office@example.com\",\"taxId\":\"VSA-1\",\"logo\":\""
                + Base64.getEncoder().encodeToString(logo) + "\",\"logoContentType\":\"" + declaredType + "\"},"
                + "\"profitMargin\":\"0.25\",\"indirectRate\":\"0.15\",\"taxRate\":\"0.16\",\"glassWaste\":\"0.05\","
                + "\"validityDays\":30,\"currency\":\"USD\",\"zone\":\"UTC\",\"locale\":\"en-US\",\"terms\":\"Net 30\","
                + "\"version\":" + version + "}";
        return env.http.put("/api/v1/settings", body, env.bearer(env.admin));
    }

    private static HttpResult postPage(Credentials.Session admin, byte[] logo, String declaredType) {
        long version = env.useCases.settings().get(env.actor(env.admin)).version();
        Map<String, String> fields = Map.ofEntries(Map.entry("name", "Ventanas SA"), Map.entry("address", "1 Glass Road"),
                Map.entry("phone", "+1 555 0199"), Map.entry("email", "office@example.com"), Map.entry("taxId", "VSA-1"),
                Map.entry("profitMargin", "25"), Map.entry("indirectRate", "15"), Map.entry("taxRate", "16"),
                Map.entry("glassWaste", "5"), Map.entry("validityDays", "30"), Map.entry("currency", "USD"),
                Map.entry("zone", "UTC"), Map.entry("locale", "en-US"), Map.entry("terms", "Net 30"),
                Map.entry("cutting.kerfMm", "4"), Map.entry("cutting.trimMm", "10"),
                Map.entry("cutting.mitreAllowanceMm", "0"), Map.entry("cutting.minOffcutMm", "300"),
                Map.entry("version", Long.toString(version)));
        String boundary = "----wqs-logo-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n")));
        body.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"logo.png\""
                + "\r\nContent-Type: " + declaredType + "\r\n\r\n"));
        body.writeBytes(logo);
        body.writeBytes(bytes("\r\n--" + boundary + "--\r\n"));
        return env.http.send("POST", "/settings", body.toByteArray(), "multipart/form-data; boundary=" + boundary, admin,
                Map.of("Accept", "text/html"));
    }

    private static CompanyProfile storedCompany() {
        return env.useCases.settings().get(env.actor(env.admin)).company();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
