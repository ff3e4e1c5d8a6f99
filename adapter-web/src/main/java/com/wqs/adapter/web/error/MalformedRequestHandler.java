package com.wqs.adapter.web.error;

import com.wqs.adapter.web.http.RequestIds;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before any route runs (an ambiguous or malformed URI such as
 * {@code /api/v1/quotes/%00}, a header too large) with a problem+json like every other error, instead
 * of Jetty's HTML page, and announces that the connection closes. Such a request never reached the
 * application, so its request id is a new one.
 */
public final class MalformedRequestHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String requestId = UUID.randomUUID().toString();
        Problem problem = new Problem(code, code == 400 ? "malformed_request" : "http_" + code,
                "the server could not read the request" + (message == null ? "" : ": " + message));
        byte[] body = ProblemResponder.body(problem, requestId).getBytes(StandardCharsets.UTF_8);
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemResponder.CONTENT_TYPE);
        response.getHeaders().put(RequestIds.HEADER, requestId);
        // Jetty closes the connection after a request it could not parse; saying so keeps clients from
        // sending their next request down a connection that is about to close
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
