package com.wqs.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * Session lifetimes, login throttling and API token lifetimes. Defaults: sessions end after 30 min idle
 * or 12 h; login limits as in {@link LoginLimits#defaults()}; API tokens live 90 days unless their creator
 * picks from 1 to 365.
 */
public record AuthPolicy(Duration idleTimeout, Duration absoluteTimeout, LoginLimits login, int defaultTokenDays,
        int maxTokenDays) {

    public AuthPolicy {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(absoluteTimeout, "absoluteTimeout");
        Objects.requireNonNull(login, "login");
        if (defaultTokenDays < 1 || defaultTokenDays > maxTokenDays) {
            throw new IllegalArgumentException("defaultTokenDays must be between 1 and maxTokenDays");
        }
    }

    public static AuthPolicy defaults() {
        return new AuthPolicy(Duration.ofMinutes(30), Duration.ofHours(12), LoginLimits.defaults(), 90, 365);
    }

    /**
     * How failed logins are limited (README "Security", docs/RELIABILITY.md). Three counters, each over its
     * own window:
     * <ul>
     *   <li>per account <em>and</em> client address (the pair): the first {@code freeFailuresPerPair}
     *   failures cost nothing, then each further attempt from that pair waits {@code firstDelay} after its
     *   latest failure, doubling with every failure up to {@code maxDelay}; counted over
     *   {@code accountWindow};</li>
     *   <li>per client address, whatever the account: {@code maxFailuresPerAddress} within
     *   {@code addressWindow}, then that address waits until its oldest failure leaves the window;</li>
     *   <li>per account, from every address together: {@code maxFailuresPerAccount} within
     *   {@code accountWindow}. One address alone cannot reach it (its pair delays and address limit allow
     *   far fewer failures in that window), so only an attack from many addresses locks the account for
     *   everyone, and for at most one window.</li>
     * </ul>
     */
    public record LoginLimits(int freeFailuresPerPair, Duration firstDelay, Duration maxDelay,
            int maxFailuresPerAddress, Duration addressWindow, int maxFailuresPerAccount, Duration accountWindow) {

        public static LoginLimits defaults() {
            return new LoginLimits(5, Duration.ofSeconds(1), Duration.ofMinutes(5), 20, Duration.ofMinutes(15), 100,
                    Duration.ofHours(1));
        }

        /** How long a pair waits after its latest failure, having {@code failures} in the window. */
        Duration pairDelay(int failures) {
            int over = failures - freeFailuresPerPair;
            if (over < 0) {
                return Duration.ZERO;
            }
            // 2^over seconds without overflow: beyond 2^30 the cap has long applied
            Duration delay = firstDelay.multipliedBy(1L << Math.min(over, 30));
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }

        /** The longest window any counter uses: failures older than this count nowhere. */
        Duration longestWindow() {
            return addressWindow.compareTo(accountWindow) > 0 ? addressWindow : accountWindow;
        }
    }
}
