package com.wqs.adapter.web.http;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * The client's address as the server's own proxy reports it: the last entry of {@code X-Forwarded-For},
 * which that proxy appended. Earlier entries come from the client and can be anything, so taking the first
 * would let a client pick its address (and dodge the per-address login throttle). Without the header,
 * the connection's remote address.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String behindProxy(Context ctx) {
        return lastHop(ctx.header("X-Forwarded-For")).orElseGet(() -> ctx.req().getRemoteAddr());
    }

    /**
     * The last non-empty entry of a comma-separated forwarding header ({@code X-Forwarded-For},
     * {@code X-Forwarded-Proto}): the one the server's own proxy set; empty without one.
     */
    static Optional<String> lastHop(String header) {
        if (header != null) {
            String[] hops = header.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].trim();
                if (!hop.isEmpty()) {
                    return Optional.of(hop);
                }
            }
        }
        return Optional.empty();
    }
}
