package com.wqs.adapter.web.page;

import com.wqs.adapter.web.error.ErrorPage;
import java.util.Map;

/**
 * The error page browsers see. It reads nothing from the database (no user menu, no company name): the
 * error may be the database itself, and showing the error must not fail too.
 */
final class HtmlErrorPage implements ErrorPage {
    private final PageRenderer renderer;

    HtmlErrorPage(PageRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public String html(int status, String requestId) {
        return renderer.html("error.jte", Map.of("status", status, "title", title(status),
                "message", message(status), "requestId", requestId == null ? "" : requestId));
    }

    private static String title(int status) {
        return switch (status) {
            case 403 -> "Not allowed";
            case 404 -> "Page not found";
            default -> "Something went wrong";
        };
    }

    private static String message(int status) {
        return switch (status) {
            case 403 -> "Your account may not open this page or do this action.";
            case 404 -> "This page does not exist, or your account may not see it.";
            default -> "The page could not be shown because of an error on our side. If it happens again, "
                    + "tell your administrator the request id below.";
        };
    }
}
