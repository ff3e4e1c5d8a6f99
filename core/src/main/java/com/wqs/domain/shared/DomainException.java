package com.wqs.domain.shared;

/** Base of every expected error raised by the core: a stable code and a kind. */
public abstract class DomainException extends RuntimeException {
    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    protected DomainException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** Stable machine-readable code, e.g. {@code quote.not_found}. */
    public String code() {
        return code;
    }

    public abstract ErrorKind kind();
}
