package com.wqs.domain.user;

import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;

/** Minimum password quality: long enough, not absurdly long (hashing cost). */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = TextLimits.PASSWORD;

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new ValidationException("password", "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new ValidationException("password", TextLimits.tooLong(MAX_LENGTH));
        }
    }
}
