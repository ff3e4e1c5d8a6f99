package com.wqs.application.port.in;

import java.time.Instant;

/**
 * One login throttle counter with recent failures, as an ADMIN sees it.
 *
 * @param key what {@code ManageLoginThrottlesUseCase.clear} takes
 * @param account the account's email; null for an address counter
 * @param address the client address; null for an account counter
 * @param failures failures in the counter's window
 * @param blockedUntil when sign-in is allowed again through this counter; null when it blocks nothing now
 */
public record LoginThrottleStatus(String key, Kind kind, String account, String address, int failures,
        Instant lastFailure, Instant blockedUntil) {

    public enum Kind {
        /** one account from one client address: growing delays */
        PAIR,
        /** one client address, every account */
        ADDRESS,
        /** one account, every address */
        ACCOUNT
    }

    public boolean blocking() {
        return blockedUntil != null;
    }
}
