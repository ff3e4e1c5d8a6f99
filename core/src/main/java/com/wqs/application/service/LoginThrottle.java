package com.wqs.application.service;

import com.wqs.application.port.in.LoginThrottleStatus;
import com.wqs.application.port.in.LoginThrottleStatus.Kind;
import com.wqs.application.port.out.LoginAttemptRepository;
import com.wqs.application.port.out.LoginFailures;
import com.wqs.application.service.AuthPolicy.LoginLimits;
import com.wqs.domain.shared.RateLimitedException;
import com.wqs.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Limits failed logins per account-and-address pair (growing delays), per client address and per account
 * ({@link LoginLimits}). The counts live in the store, so every server instance sharing it enforces the
 * same limits. Keys: {@code pair:EMAIL ADDRESS}, {@code address:ADDRESS}, {@code account:EMAIL} (an email
 * has no white space, so the pair splits at the first space).
 */
final class LoginThrottle {
    private static final String PAIR = "pair:";
    private static final String ADDRESS = "address:";
    private static final String ACCOUNT = "account:";
    /** A windowed counter frees up once its oldest failure is strictly outside the window. */
    private static final Duration PAST_THE_WINDOW = Duration.ofMillis(1);

    private final LoginAttemptRepository attempts;
    private final LoginLimits limits;

    LoginThrottle(LoginAttemptRepository attempts, LoginLimits limits) {
        this.attempts = attempts;
        this.limits = limits;
    }

    /** The three counters one sign-in attempt is judged by. */
    record Keys(String pair, String address, String account) {
        static Keys of(String normalisedEmail, String clientAddress) {
            String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress.trim();
            return new Keys(PAIR + normalisedEmail + " " + address, ADDRESS + address, ACCOUNT + normalisedEmail);
        }
    }

    /** @throws RateLimitedException when any of the attempt's counters blocks it now */
    void check(Keys keys, Instant now) {
        // the latest of the three, so that retrying then passes every counter
        Optional<Instant> until = Stream.of(
                        blockedUntil(Kind.PAIR, keys.pair(), now),
                        blockedUntil(Kind.ADDRESS, keys.address(), now),
                        blockedUntil(Kind.ACCOUNT, keys.account(), now))
                .flatMap(Optional::stream)
                .filter(at -> at.isAfter(now))
                .max(Comparator.naturalOrder());
        if (until.isPresent()) {
            throw new RateLimitedException(retryAfter(until.get(), now));
        }
    }

    void recordFailure(Keys keys, Instant now) {
        attempts.recordFailure(keys.pair(), now);
        attempts.recordFailure(keys.address(), now);
        attempts.recordFailure(keys.account(), now);
    }

    /**
     * A successful sign-in forgives that pair's failures only: the address and account counters keep
     * counting, so an attacker who also knows one password cannot reset the limits of others.
     */
    void recordSuccess(Keys keys) {
        attempts.clear(keys.pair());
    }

    List<LoginThrottleStatus> statuses(Instant now) {
        List<LoginThrottleStatus> statuses = new ArrayList<>();
        for (LoginFailures failures : attempts.allFailuresSince(now.minus(limits.longestWindow()))) {
            Kind kind = kindOf(failures.key());
            if (kind == null) {
                continue;
            }
            LoginFailures inWindow = attempts.failuresSince(failures.key(), now.minus(window(kind)));
            if (inWindow.count() == 0) {
                continue;
            }
            Instant until = blockedUntil(kind, inWindow);
            statuses.add(status(kind, inWindow, until != null && until.isAfter(now) ? until : null));
        }
        statuses.sort(Comparator.comparing((LoginThrottleStatus s) -> !s.blocking())
                .thenComparing(LoginThrottleStatus::lastFailure, Comparator.reverseOrder()));
        return statuses;
    }

    void clear(String key) {
        if (key == null || kindOf(key) == null) {
            throw new ValidationException("key", "must be a throttle key as listed (pair:…, address:… or account:…)");
        }
        attempts.clear(key);
    }

    /** Failures old enough to count in no window any more. */
    int forgetOld(Instant now) {
        return attempts.deleteBefore(now.minus(limits.longestWindow()));
    }

    /** The counter's kind is given, not parsed back from the key: an empty email still makes a (short) key. */
    private Optional<Instant> blockedUntil(Kind kind, String key, Instant now) {
        return Optional.ofNullable(blockedUntil(kind, attempts.failuresSince(key, now.minus(window(kind)))));
    }

    /** When this counter stops blocking, as of its failures in the window; null when it does not block. */
    private Instant blockedUntil(Kind kind, LoginFailures failures) {
        return switch (kind) {
            case PAIR -> failures.count() < limits.freeFailuresPerPair() ? null
                    : failures.latest().plus(limits.pairDelay(failures.count()));
            case ADDRESS -> failures.count() < limits.maxFailuresPerAddress() ? null
                    : failures.oldest().plus(limits.addressWindow()).plus(PAST_THE_WINDOW);
            case ACCOUNT -> failures.count() < limits.maxFailuresPerAccount() ? null
                    : failures.oldest().plus(limits.accountWindow()).plus(PAST_THE_WINDOW);
        };
    }

    private Duration window(Kind kind) {
        return kind == Kind.ADDRESS ? limits.addressWindow() : limits.accountWindow();
    }

    private static LoginThrottleStatus status(Kind kind, LoginFailures failures, Instant blockedUntil) {
        String key = failures.key();
        String account = null;
        String address = null;
        switch (kind) {
            case PAIR -> {
                String rest = key.substring(PAIR.length());
                int space = rest.indexOf(' ');
                account = space < 0 ? rest : rest.substring(0, space);
                address = space < 0 ? "" : rest.substring(space + 1);
            }
            case ADDRESS -> address = key.substring(ADDRESS.length());
            case ACCOUNT -> account = key.substring(ACCOUNT.length());
        }
        return new LoginThrottleStatus(key, kind, account, address, failures.count(), failures.latest(), blockedUntil);
    }

    private static Kind kindOf(String key) {
        if (key.startsWith(PAIR) && key.length() > PAIR.length()) {
            return Kind.PAIR;
        }
        if (key.startsWith(ADDRESS) && key.length() > ADDRESS.length()) {
            return Kind.ADDRESS;
        }
        if (key.startsWith(ACCOUNT) && key.length() > ACCOUNT.length()) {
            return Kind.ACCOUNT;
        }
        return null;
    }

    /** In whole seconds (as HTTP's Retry-After), rounded up so that retrying exactly then is allowed. */
    private static Duration retryAfter(Instant until, Instant now) {
        Duration wait = Duration.between(now, until);
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
