package com.wqs.domain.shared;

import java.time.Duration;

/** Too many failed attempts; try again after {@link #retryAfter()}. */
public class RateLimitedException extends DomainException {
    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super("rate_limited", "too many attempts, retry later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.RATE_LIMITED;
    }
}
