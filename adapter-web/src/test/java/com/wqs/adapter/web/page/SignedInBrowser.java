package com.wqs.adapter.web.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signs a browser in through the login form, and fetches pages with its session outside the browser. */
final class SignedInBrowser {
    private SignedInBrowser() {
    }

    /** Opens {@code path}; when sent to the login form, signs in and waits to land on {@code path}. */
    static void signIn(Browser browser, PageTestServer server, String email, String path) {
        browser.open(server.url(path));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("email")));
        browser.find("#email").sendKeys(email);
        browser.find("#password").sendKeys(PageTestServer.PASSWORD);
        browser.find("form[action='/login'] button[type=submit]").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.site-header")));
    }

    /** A GET with the browser's session cookie, as raw bytes with the status. */
    static HttpResponse<byte[]> get(Browser browser, PageTestServer server, String path) {
        return get(browser, server, path, "en-US");
    }

    /** The same, asking for {@code language} ({@code Accept-Language}) as the browser does. */
    static HttpResponse<byte[]> get(Browser browser, PageTestServer server, String path, String language) {
        Cookie session = browser.driver().manage().getCookieNamed("wqs_session");
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Accept-Language", language);
        if (session != null) {
            builder.header("Cookie", "wqs_session=" + session.getValue());
        }
        HttpRequest request = builder.GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
