package com.wqs.adapter.web.error;

/**
 * Carries a {@link Error} thrown by a route handler (a {@code NoSuchMethodError} or
 * {@code AbstractMethodError} from a call to a method that does not exist, a {@code StackOverflowError},
 * ...) to the exception handler, which only receives {@link Exception}s. The handler unwraps it and logs
 * the original error.
 */
final class ErrorInHandler extends RuntimeException {
    ErrorInHandler(Error cause) {
        super(cause.getClass().getName(), cause, false, false);
    }
}
