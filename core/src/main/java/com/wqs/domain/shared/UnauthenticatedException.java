package com.wqs.domain.shared;

/** Credentials missing, wrong or expired. The message is deliberately generic. */
public class UnauthenticatedException extends DomainException {
    public UnauthenticatedException() {
        super("unauthenticated", "invalid credentials");
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNAUTHENTICATED;
    }
}
