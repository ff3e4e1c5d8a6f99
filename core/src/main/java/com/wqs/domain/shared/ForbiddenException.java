package com.wqs.domain.shared;

/** The caller's role may not do this (used only where the record's existence is not secret). */
public class ForbiddenException extends DomainException {
    public ForbiddenException(String message) {
        super("forbidden", message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.FORBIDDEN;
    }
}
