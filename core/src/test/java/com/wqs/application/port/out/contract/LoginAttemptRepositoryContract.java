package com.wqs.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.out.LoginAttemptRepository;
import com.wqs.application.port.out.LoginFailures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The contract of {@link LoginAttemptRepository}. */
public abstract class LoginAttemptRepositoryContract extends StoreContract {
    private static final String ACCOUNT = "account:ana@example.com";
    private static final String ADDRESS = "address:203.0.113.7";
    private static final String PAIR = "pair:ana@example.com 203.0.113.7";

    private LoginAttemptRepository attempts() {
        return store.loginAttempts();
    }

    @Test
    void nothingRecordedMeansNoFailures() {
        assertThat(attempts().failuresSince(ACCOUNT, NOW.minus(Duration.ofDays(1)))).isEqualTo(LoginFailures.none(ACCOUNT));
        assertThat(attempts().allFailuresSince(NOW.minus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void summarisesFailuresAtOrAfterTheGivenTime() {
        Instant since = NOW.minus(Duration.ofMinutes(15));
        attempts().recordFailure(ACCOUNT, since.minusMillis(1));
        attempts().recordFailure(ACCOUNT, NOW.minusSeconds(30));
        attempts().recordFailure(ACCOUNT, since);
        attempts().recordFailure(ACCOUNT, NOW);

        assertThat(attempts().failuresSince(ACCOUNT, since)).isEqualTo(new LoginFailures(ACCOUNT, 3, since, NOW));
        assertThat(attempts().failuresSince(ACCOUNT, NOW.plusMillis(1))).isEqualTo(LoginFailures.none(ACCOUNT));
    }

    @Test
    void keysAreCountedSeparatelyAndTheSameTimeCountsTwice() {
        attempts().recordFailure(ACCOUNT, NOW);
        attempts().recordFailure(ACCOUNT, NOW);
        attempts().recordFailure(ADDRESS, NOW);

        assertThat(attempts().failuresSince(ACCOUNT, NOW).count()).isEqualTo(2);
        assertThat(attempts().failuresSince(ADDRESS, NOW).count()).isEqualTo(1);
        assertThat(attempts().failuresSince("account:other@example.com", NOW).count()).isZero();
    }

    @Test
    void allFailuresSinceListsEveryKeyWithFailuresInTheWindowSortedByKey() {
        Instant since = NOW.minus(Duration.ofHours(1));
        attempts().recordFailure(PAIR, NOW.minusSeconds(5));
        attempts().recordFailure(PAIR, NOW);
        attempts().recordFailure(ADDRESS, NOW.minusSeconds(2));
        attempts().recordFailure(ACCOUNT, since.minusMillis(1));

        assertThat(attempts().allFailuresSince(since)).containsExactly(
                new LoginFailures(ADDRESS, 1, NOW.minusSeconds(2), NOW.minusSeconds(2)),
                new LoginFailures(PAIR, 2, NOW.minusSeconds(5), NOW));
    }

    @Test
    void clearForgetsOnlyThatKey() {
        attempts().recordFailure(ACCOUNT, NOW);
        attempts().recordFailure(ADDRESS, NOW);

        attempts().clear(ACCOUNT);

        assertThat(attempts().failuresSince(ACCOUNT, NOW.minusSeconds(1)).count()).isZero();
        assertThat(attempts().failuresSince(ADDRESS, NOW.minusSeconds(1)).count()).isEqualTo(1);
    }

    @Test
    void deleteBeforeForgetsOnlyOlderFailures() {
        attempts().recordFailure(ACCOUNT, NOW.minus(Duration.ofHours(2)));
        attempts().recordFailure(ACCOUNT, NOW.minusMillis(1));
        attempts().recordFailure(ADDRESS, NOW.minus(Duration.ofHours(3)));
        attempts().recordFailure(PAIR, NOW);

        assertThat(attempts().deleteBefore(NOW)).isEqualTo(3);

        assertThat(attempts().failuresSince(ACCOUNT, NOW.minus(Duration.ofDays(1))).count()).isZero();
        assertThat(attempts().failuresSince(ADDRESS, NOW.minus(Duration.ofDays(1))).count()).isZero();
        assertThat(attempts().failuresSince(PAIR, NOW.minus(Duration.ofDays(1))).count()).isEqualTo(1);
        assertThat(attempts().deleteBefore(NOW)).isZero();
    }
}
