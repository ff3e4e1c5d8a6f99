package com.wqs.application.port.out;

import java.time.Instant;

/** The failed logins of one key within a window: how many, the first and the last (null when none). */
public record LoginFailures(String key, int count, Instant oldest, Instant latest) {

    public static LoginFailures none(String key) {
        return new LoginFailures(key, 0, null, null);
    }
}
