package com.wqs.domain.shared;

/** The request is well-formed but cannot be processed as given (e.g. an idempotency key reused with another body). */
public class UnprocessableException extends DomainException {
    public UnprocessableException(String code, String message) {
        super(code, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNPROCESSABLE;
    }
}
