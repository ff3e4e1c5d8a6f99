package com.wqs.adapter.web.error;

import io.javalin.http.Context;

/**
 * The HTML page shown instead of problem+json when a browser navigation (not {@code /api/}, Accept
 * {@code text/html}) ends in 403, 404 or 500. It gets only the status and the request id, never the
 * exception: what went wrong stays in the log, written once by {@link ErrorHandling}.
 */
@FunctionalInterface
public interface ErrorPage {
    /**
     * The whole HTML document; built from the arguments alone, so answering an error cannot fail again.
     * {@code request} is only read for its language (the signed-in user's, already known, else the browser's);
     * nothing is looked up for it.
     */
    String html(int status, String requestId, Context request);
}
