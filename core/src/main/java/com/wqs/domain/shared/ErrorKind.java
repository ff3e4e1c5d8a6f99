package com.wqs.domain.shared;

/** How a caller should treat a domain error; the web maps it to an HTTP status, the CLI to an exit code. */
public enum ErrorKind {
    VALIDATION,
    NOT_FOUND,
    CONFLICT,
    /** Well-formed but not processable, e.g. an idempotency key reused with a different request. */
    UNPROCESSABLE,
    FORBIDDEN,
    UNAUTHENTICATED,
    RATE_LIMITED,
    /** The system is at capacity for this kind of work right now (e.g. PDF renders); retry shortly. */
    UNAVAILABLE
}
