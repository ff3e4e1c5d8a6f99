package com.wqs.domain.shared;

/** The request clashes with the current state: a forbidden transition, a duplicate, a stale version. */
public class ConflictException extends DomainException {
    public ConflictException(String code, String message) {
        super(code, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONFLICT;
    }
}
