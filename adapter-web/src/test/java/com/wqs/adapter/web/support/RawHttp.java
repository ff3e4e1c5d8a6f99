package com.wqs.adapter.web.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, for requests no HTTP client sends (an unencoded {@code {} in the
 * path, {@code /%zz}, an unknown method, a header of 64 KB): the server's answer is read to the end of its
 * body (by {@code Content-Length}, chunks, or the connection closing; none for {@code HEAD}).
 */
public final class RawHttp {
    private RawHttp() {
    }

    /** Sends {@code requestHead} (request line and headers, without the blank line) and {@code body}. */
    public static HttpResult exchange(int port, String requestHead, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write((requestHead + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedMidway) {
                // the server answered and closed before reading it all (a header too large): read its answer
            }
            return read(socket.getInputStream(), requestHead.startsWith("HEAD "));
        } catch (IOException e) {
            throw new UncheckedIOException(requestHead.lines().findFirst().orElse(""), e);
        }
    }

    /** A request head: {@code requestLine}, {@code Host: 127.0.0.1} and {@code extraHeaders}. */
    public static String head(String requestLine, String... extraHeaders) {
        StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1");
        for (String header : extraHeaders) {
            head.append("\r\n").append(header);
        }
        return head.toString();
    }

    private static HttpResult read(InputStream in, boolean head) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("the server closed the connection without answering");
        }
        int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        HttpHeaders parsed = HttpHeaders.of(headers, (name, value) -> true);
        byte[] body;
        String length = parsed.firstValue("Content-Length").orElse(null);
        if (head) {
            body = new byte[0];
        } else if (length != null) {
            body = in.readNBytes(Integer.parseInt(length));
        } else if (parsed.firstValue("Transfer-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))
                .orElse(false)) {
            body = chunks(in);
        } else {
            body = untilClosed(in);
        }
        return new HttpResult(status, parsed, body);
    }

    private static byte[] chunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String size = line(in); size != null; size = line(in)) {
            int n = Integer.parseInt(size.split(";", 2)[0].trim(), 16);
            if (n == 0) {
                break;
            }
            body.write(in.readNBytes(n));
            line(in);
        }
        return body.toByteArray();
    }

    private static byte[] untilClosed(InputStream in) throws IOException {
        try {
            return in.readAllBytes();
        } catch (SocketTimeoutException e) {
            return new byte[0];
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
