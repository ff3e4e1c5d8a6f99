package com.wqs.adapter.web.http;

import io.javalin.http.Context;

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
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded != null) {
            String[] hops = forwarded.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].trim();
                if (!hop.isEmpty()) {
                    return hop;
                }
            }
        }
        return ctx.req().getRemoteAddr();
    }
}
