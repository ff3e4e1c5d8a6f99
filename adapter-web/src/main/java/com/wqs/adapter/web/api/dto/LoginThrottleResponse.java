package com.wqs.adapter.web.api.dto;

import com.wqs.application.port.in.LoginThrottleStatus;
import java.time.Instant;

/**
 * A login throttle counter with recent failures. {@code kind}: PAIR (one account from one address),
 * ADDRESS or ACCOUNT; {@code blockedUntil} null when it blocks nothing now. {@code key} clears it.
 */
public record LoginThrottleResponse(String key, String kind, String account, String address, int failures,
        Instant lastFailure, Instant blockedUntil) {
    public static LoginThrottleResponse from(LoginThrottleStatus status) {
        return new LoginThrottleResponse(status.key(), status.kind().name(), status.account(), status.address(),
                status.failures(), status.lastFailure(), status.blockedUntil());
    }
}
