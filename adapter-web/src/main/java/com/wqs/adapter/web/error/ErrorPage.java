package com.wqs.adapter.web.error;

/**
 * The HTML page shown instead of problem+json when a browser navigation (not {@code /api/}, Accept
 * {@code text/html}) ends in 403, 404 or 500. It gets only the status and the request id, never the
 * exception: what went wrong stays in the log, written once by {@link ErrorHandling}.
 */
@FunctionalInterface
public interface ErrorPage {
    /** The whole HTML document; built from the arguments alone, so answering an error cannot fail again. */
    String html(int status, String requestId);
}
