package com.wqs.adapter.web.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed-window limit of requests per client address, kept in this process (each instance limits its own
 * share). Used on the customer-link routes, which anyone may call: it slows down guessing and scraping.
 */
public final class AddressRateLimiter {
    private static final int MAX_TRACKED = 100_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public AddressRateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    private record Window(long start, int count) {
    }

    /** Counts one request from {@code address}; false when the address is over its limit in this window. */
    public boolean allow(String address) {
        long now = clock.millis();
        if (windows.size() > MAX_TRACKED) {
            prune(now);
        }
        Window updated = windows.compute(address == null ? "" : address, (key, current) ->
                current == null || now - current.start() >= window.toMillis() ? new Window(now, 1)
                        : new Window(current.start(), current.count() + 1));
        return updated.count() <= limit;
    }

    /** Seconds until the address's window ends (for Retry-After). */
    public long retryAfterSeconds(String address) {
        Window current = windows.get(address == null ? "" : address);
        if (current == null) {
            return 1;
        }
        return Math.max(1, (current.start() + window.toMillis() - clock.millis() + 999) / 1000);
    }

    private void prune(long now) {
        for (Iterator<Window> it = windows.values().iterator(); it.hasNext();) {
            if (now - it.next().start() >= window.toMillis()) {
                it.remove();
            }
        }
    }
}
