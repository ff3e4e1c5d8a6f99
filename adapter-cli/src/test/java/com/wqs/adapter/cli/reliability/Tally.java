package com.wqs.adapter.cli.reliability;

import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.HttpResult;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Requests sent and what came back, counted across client threads: per status class, per instance, and
 * the first unexpected answers kept for the failure message.
 */
public final class Tally {
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger success = new AtomicInteger();
    private final AtomicInteger conflicts = new AtomicInteger();
    private final AtomicInteger otherClientErrors = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger connectionFailures = new AtomicInteger();
    private final Map<String, AtomicInteger> perInstance = new ConcurrentHashMap<>();
    private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicInteger busyRetries = new AtomicInteger();
    private static final int BUSY_RETRIES = 30;

    /**
     * Sends one request and counts its answer.
     *
     * @return the answer, or null when the connection failed (server gone)
     */
    public HttpResult send(WqsProcess server, String method, String path, String json, Credentials credentials) {
        String instance = server.name();
        sent.incrementAndGet();
        perInstance.computeIfAbsent(instance, k -> new AtomicInteger()).incrementAndGet();
        HttpResult result;
        try {
            Supplier<HttpResult> request = () -> server.http().send(method, path,
                    json == null ? null : HttpApi.bytes(json), json == null ? null : HttpApi.JSON, credentials, Map.of());
            result = request.get();
            // The server's own back-pressure (every PDF render slot busy: a send renders the revision's PDF)
            // says when to come back; a well-behaved client does, a bounded number of times.
            for (int attempt = 0; attempt < BUSY_RETRIES && isBusy(result); attempt++) {
                busyRetries.incrementAndGet();
                sleep(result.header("Retry-After"));
                result = request.get();
            }
        } catch (UncheckedIOException e) {
            connectionFailures.incrementAndGet();
            return null;
        }
        int status = result.status();
        if (status >= 200 && status < 300) {
            success.incrementAndGet();
        } else if (status == 409) {
            conflicts.incrementAndGet();
        } else {
            (status >= 500 ? serverErrors : otherClientErrors).incrementAndGet();
            if (unexpected.size() < 20) {
                unexpected.add(instance + " " + method + " " + path + " -> " + result);
            }
        }
        return result;
    }

    /** 503 pdf.busy answers retried after their Retry-After (not counted as server errors unless the last). */
    public int busyRetries() {
        return busyRetries.get();
    }

    private static boolean isBusy(HttpResult result) {
        return result.status() == 503 && result.header("Retry-After") != null && result.text().contains("pdf.busy");
    }

    private static void sleep(String retryAfter) {
        long seconds = Math.min(2, Math.max(1, Long.parseLong(retryAfter.trim())));
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }

    public int sent() {
        return sent.get();
    }

    public int success() {
        return success.get();
    }

    public int conflicts() {
        return conflicts.get();
    }

    public int otherClientErrors() {
        return otherClientErrors.get();
    }

    public int serverErrors() {
        return serverErrors.get();
    }

    public int connectionFailures() {
        return connectionFailures.get();
    }

    public Map<String, Integer> perInstance() {
        Map<String, Integer> counts = new TreeMap<>();
        perInstance.forEach((k, v) -> counts.put(k, v.get()));
        return counts;
    }

    /** The first answers that were neither 2xx nor 409. */
    public List<String> unexpected() {
        return List.copyOf(unexpected);
    }
}
