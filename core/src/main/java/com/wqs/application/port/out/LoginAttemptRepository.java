package com.wqs.application.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Failed login attempts per key (an account, a client address, or the pair of both), shared by every
 * server instance that uses the same store.
 */
public interface LoginAttemptRepository {
    void recordFailure(String key, Instant at);

    /** The key's failures at or after {@code since}; {@link LoginFailures#none} when there are none. */
    LoginFailures failuresSince(String key, Instant since);

    /** Every key with failures at or after {@code since}, sorted by key. */
    List<LoginFailures> allFailuresSince(Instant since);

    void clear(String key);

    /** Forgets failures older than {@code before} (they no longer count anywhere); returns how many. */
    int deleteBefore(Instant before);
}
