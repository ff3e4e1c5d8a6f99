package com.wqs.adapter.cli;

import com.wqs.domain.shared.ErrorKind;

/**
 * Every exit code of {@code wqs}, and the one mapping from a domain error's kind to its code. Scripts
 * rely on these numbers; README's "Exit codes" table lists them.
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int USAGE = 2;
    public static final int VALIDATION = 3;
    public static final int NOT_FOUND = 4;
    public static final int CONFLICT = 5;
    public static final int FORBIDDEN = 6;
    public static final int UNAUTHENTICATED = 7;
    public static final int RATE_LIMITED = 8;
    public static final int UNPROCESSABLE = 9;
    public static final int UNAVAILABLE = 10;

    /** The end of every command's {@code --help}: these codes, in two lines. */
    public static final String HELP_1 = "Exit codes: 0 ok, 1 unexpected error, 2 usage, 3 validation, 4 not found,";
    public static final String HELP_2 = "5 conflict, 6 forbidden, 7 no acting user, 8 rate limited, 9 unprocessable, "
            + "10 unavailable.";

    private ExitCodes() {
    }

    public static int of(ErrorKind kind) {
        return switch (kind) {
            case VALIDATION -> VALIDATION;
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT -> CONFLICT;
            case FORBIDDEN -> FORBIDDEN;
            case UNAUTHENTICATED -> UNAUTHENTICATED;
            case RATE_LIMITED -> RATE_LIMITED;
            case UNPROCESSABLE -> UNPROCESSABLE;
            case UNAVAILABLE -> UNAVAILABLE;
        };
    }
}
