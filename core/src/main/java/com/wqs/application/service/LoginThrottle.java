package com.wqs.application.service;

import com.wqs.application.port.out.LoginAttemptRepository;
import com.wqs.domain.shared.RateLimitedException;
import java.time.Duration;
import java.time.Instant;

/**
 * Limits failed logins per account and per client address within a sliding window. The counts live
 * in the store, so every server instance sharing it enforces the same limits.
 */
final class LoginThrottle {
    private static final Duration MIN_RETRY_AFTER = Duration.ofSeconds(1);

    private final LoginAttemptRepository attempts;
    private final AuthPolicy policy;

    LoginThrottle(LoginAttemptRepository attempts, AuthPolicy policy) {
        this.attempts = attempts;
        this.policy = policy;
    }

    static String accountKey(String normalisedEmail) {
        return "account:" + normalisedEmail;
    }

    static String addressKey(String clientAddress) {
        return "address:" + (clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress.trim());
    }

    /** @throws RateLimitedException when either key has used up its failures in the window */
    void check(String accountKey, String addressKey, Instant now) {
        checkKey(accountKey, policy.maxFailuresPerAccount(), now);
        checkKey(addressKey, policy.maxFailuresPerAddress(), now);
    }

    void recordFailure(String accountKey, String addressKey, Instant now) {
        attempts.recordFailure(accountKey, now);
        attempts.recordFailure(addressKey, now);
    }

    void clearAccount(String accountKey) {
        attempts.clear(accountKey);
    }

    private void checkKey(String key, int maxFailures, Instant now) {
        Instant windowStart = now.minus(policy.failureWindow());
        if (attempts.countFailuresSince(key, windowStart) < maxFailures) {
            return;
        }
        Instant oldest = attempts.oldestFailureSince(key, windowStart);
        throw new RateLimitedException(oldest == null ? MIN_RETRY_AFTER : retryAfter(oldest, now));
    }

    /**
     * Until the oldest failure has left the window, which frees one attempt: in whole seconds (as
     * HTTP's Retry-After), rounded so that retrying exactly then is already allowed.
     */
    private Duration retryAfter(Instant oldestFailure, Instant now) {
        Duration untilFree = Duration.between(now, oldestFailure.plus(policy.failureWindow()));
        return Duration.ofSeconds(Math.max(0, untilFree.getSeconds()) + 1);
    }
}
