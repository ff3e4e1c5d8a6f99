package com.wqs.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.out.LoginAttemptRepository;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The contract of {@link LoginAttemptRepository}. */
public abstract class LoginAttemptRepositoryContract extends StoreContract {
    private static final String ACCOUNT = "ana@example.com";
    private static final String ADDRESS = "203.0.113.7";

    private LoginAttemptRepository attempts() {
        return store.loginAttempts();
    }

    @Test
    void nothingRecordedMeansNoFailures() {
        assertThat(attempts().countFailuresSince(ACCOUNT, NOW.minus(Duration.ofDays(1)))).isZero();
        assertThat(attempts().oldestFailureSince(ACCOUNT, NOW.minus(Duration.ofDays(1)))).isNull();
    }

    @Test
    void countsFailuresAtOrAfterTheGivenTime() {
        Instant since = NOW.minus(Duration.ofMinutes(15));
        attempts().recordFailure(ACCOUNT, since.minusMillis(1));
        attempts().recordFailure(ACCOUNT, since);
        attempts().recordFailure(ACCOUNT, NOW.minusSeconds(30));
        attempts().recordFailure(ACCOUNT, NOW);

        assertThat(attempts().countFailuresSince(ACCOUNT, since)).isEqualTo(3);
        assertThat(attempts().countFailuresSince(ACCOUNT, NOW.plusMillis(1))).isZero();
    }

    @Test
    void oldestFailureSinceTellsWhenTheWindowFreesUp() {
        Instant since = NOW.minus(Duration.ofMinutes(15));
        attempts().recordFailure(ACCOUNT, NOW.minusSeconds(10));
        attempts().recordFailure(ACCOUNT, since.minusSeconds(1));
        attempts().recordFailure(ACCOUNT, since.plusMillis(250));
        attempts().recordFailure(ACCOUNT, NOW.minusSeconds(60));

        assertThat(attempts().oldestFailureSince(ACCOUNT, since)).isEqualTo(since.plusMillis(250));
        assertThat(attempts().oldestFailureSince(ACCOUNT, NOW.plusSeconds(1))).isNull();
    }

    @Test
    void keysAreCountedSeparatelyAndTheSameTimeCountsTwice() {
        attempts().recordFailure(ACCOUNT, NOW);
        attempts().recordFailure(ACCOUNT, NOW);
        attempts().recordFailure(ADDRESS, NOW);

        assertThat(attempts().countFailuresSince(ACCOUNT, NOW)).isEqualTo(2);
        assertThat(attempts().countFailuresSince(ADDRESS, NOW)).isEqualTo(1);
        assertThat(attempts().countFailuresSince("other@example.com", NOW)).isZero();
    }

    @Test
    void clearForgetsOnlyThatKey() {
        attempts().recordFailure(ACCOUNT, NOW);
        attempts().recordFailure(ADDRESS, NOW);

        attempts().clear(ACCOUNT);

        assertThat(attempts().countFailuresSince(ACCOUNT, NOW.minusSeconds(1))).isZero();
        assertThat(attempts().oldestFailureSince(ACCOUNT, NOW.minusSeconds(1))).isNull();
        assertThat(attempts().countFailuresSince(ADDRESS, NOW.minusSeconds(1))).isEqualTo(1);
    }
}
