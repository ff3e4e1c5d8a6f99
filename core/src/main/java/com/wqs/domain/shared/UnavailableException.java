package com.wqs.domain.shared;

import java.time.Duration;

/** The work cannot be taken on now (the capacity for it is in use); the caller may retry after {@link #retryAfter()}. */
public class UnavailableException extends DomainException {
    private final Duration retryAfter;

    public UnavailableException(String code, String message, Duration retryAfter) {
        super(code, message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNAVAILABLE;
    }
}
