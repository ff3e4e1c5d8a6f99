package com.wqs.adapter.web.error;

import com.wqs.adapter.web.http.RequestIds;
import com.wqs.adapter.web.http.SecurityHeaders;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before any route runs (an ambiguous or malformed URI such as
 * {@code /api/v1/quotes/%00} or {@code /%zz}, an unencoded {@code {} in the path, a header too large, a
 * request target such as {@code OPTIONS *} or {@code CONNECT host:443} no route serves) with a
 * problem+json like every other error, instead of Jetty's HTML page or, for methods other than GET,
 * POST and HEAD, an empty body. The answer carries the request id (the client's {@code X-Request-Id}
 * when sane, else a new one) in the header and the problem, the security headers of every response, and
 * announces that the connection closes.
 */
public final class MalformedRequestHandler extends ErrorHandler {
    private static final String NO_DETAIL = "the server could not answer the request";

    /** Every method gets the problem body: Jetty's own handler writes one for GET, POST and HEAD only. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String requestId = RequestIds.accept(request.getHeaders().get(RequestIds.HEADER));
        Problem problem = new Problem(code, code == 400 ? "malformed_request" : "http." + code, detail(code, message, cause));
        byte[] body = ProblemResponder.body(problem, requestId).getBytes(StandardCharsets.UTF_8);
        response.setStatus(code);
        SecurityHeaders.EVERY_RESPONSE.forEach(response.getHeaders()::put);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemResponder.CONTENT_TYPE);
        response.getHeaders().put(RequestIds.HEADER, requestId);
        // Jetty closes the connection after a request it could not parse; saying so keeps clients from
        // sending their next request down a connection that is about to close
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        if (HttpMethod.HEAD.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, null, callback);
            return;
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /**
     * Jetty's reason ({@code Bad URI path}, {@code Request Header Fields Too Large}) for a 4xx; never the
     * text of an exception (Jetty falls back to {@code cause.toString()}, a class name) nor anything of a 5xx.
     */
    private static String detail(int code, String message, Throwable cause) {
        boolean fromException = cause != null && cause.toString().equals(message);
        if (code >= 500 || message == null || message.isBlank() || fromException) {
            return code >= 500 ? NO_DETAIL : "the server could not read the request: " + HttpStatuses.reason(code);
        }
        return "the server could not read the request: " + message;
    }
}
