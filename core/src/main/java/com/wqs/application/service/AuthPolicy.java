package com.wqs.application.service;

import java.time.Duration;

/**
 * Session lifetimes and login throttling. Defaults: 30 min idle, 12 h absolute; at most 5 failures
 * per account and 20 per client address within 15 minutes.
 */
public record AuthPolicy(Duration idleTimeout, Duration absoluteTimeout, int maxFailuresPerAccount,
        int maxFailuresPerAddress, Duration failureWindow) {

    public static AuthPolicy defaults() {
        return new AuthPolicy(Duration.ofMinutes(30), Duration.ofHours(12), 5, 20, Duration.ofMinutes(15));
    }
}
