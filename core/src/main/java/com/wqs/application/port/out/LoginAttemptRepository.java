package com.wqs.application.port.out;

import java.time.Instant;

/**
 * Failed login attempts per key (an account's email or a client address), shared by every server
 * instance that uses the same store.
 */
public interface LoginAttemptRepository {
    void recordFailure(String key, Instant at);

    int countFailuresSince(String key, Instant since);

    /** The oldest failure at or after {@code since}, to tell when the window frees up; null when none. */
    Instant oldestFailureSince(String key, Instant since);

    void clear(String key);
}
