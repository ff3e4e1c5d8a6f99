package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.AuthenticationUseCase;
import com.wqs.application.port.in.LoginThrottleStatus;
import com.wqs.application.port.in.LoginThrottleStatus.Kind;
import com.wqs.application.port.in.ManageLoginThrottlesUseCase;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.RateLimitedException;
import com.wqs.domain.shared.UnauthenticatedException;
import com.wqs.domain.shared.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Failed logins are limited per account-and-address pair, per address and per account (AuthPolicy.LoginLimits). */
class LoginThrottlingServiceTest {
    private static final String ATTACKER = "203.0.113.66";
    private static final String OFFICE = "198.51.100.10";

    private final ServiceTestbed bed = new ServiceTestbed();
    private final AuthenticationUseCase auth = bed.useCases.authentication();
    private final ManageLoginThrottlesUseCase throttles = bed.useCases.loginThrottles();

    @Test
    void afterFiveFailuresFromAPairEachAttemptWaitsADelayThatDoubles() {
        for (int i = 0; i < 5; i++) {
            failLogin("sales@example.com", ATTACKER);
        }
        assertLimited("sales@example.com", ATTACKER, Duration.ofSeconds(1));

        bed.clock.advance(Duration.ofSeconds(1));
        failLogin("sales@example.com", ATTACKER);
        assertLimited("sales@example.com", ATTACKER, Duration.ofSeconds(2));
        bed.clock.advance(Duration.ofSeconds(2));
        failLogin("sales@example.com", ATTACKER);
        assertLimited("sales@example.com", ATTACKER, Duration.ofSeconds(4));

        bed.clock.advance(Duration.ofSeconds(4));
        assertThat(auth.login("sales@example.com", ServiceTestbed.PASSWORD, ATTACKER).user().id())
                .as("the right password after the delay").isEqualTo(bed.salesUser.id());
    }

    @Test
    void theDelayIsCappedAtFiveMinutes() {
        int failures = 0;
        while (failures < 5 + 10) {
            try {
                auth.login("sales@example.com", "wrong password!", ATTACKER);
            } catch (UnauthenticatedException e) {
                failures++;
            } catch (RateLimitedException e) {
                bed.clock.advance(e.retryAfter());
            }
        }
        // uncapped, the 15th failure would cost 2^10 s
        assertLimited("sales@example.com", ATTACKER, Duration.ofMinutes(5));
    }

    /** Regression: five failures from anywhere used to lock the account for everyone for 15 minutes. */
    @Test
    void aStrangerFailingAgainAndAgainDoesNotLockTheRealUserOut() {
        for (int i = 0; i < 5; i++) {
            failLogin("sales@example.com", ATTACKER);
        }
        assertThatThrownBy(() -> auth.login("sales@example.com", ServiceTestbed.PASSWORD, ATTACKER))
                .isInstanceOf(RateLimitedException.class);

        assertThat(auth.login("sales@example.com", ServiceTestbed.PASSWORD, OFFICE).user().id())
                .isEqualTo(bed.salesUser.id());
    }

    @Test
    void oneAddressRetryingAsSoonAsAllowedForAnHourStaysFarBelowTheAccountCap() {
        int failures = 0;
        Duration elapsed = Duration.ZERO;
        while (elapsed.compareTo(Duration.ofHours(1)) < 0) {
            try {
                auth.login("sales@example.com", "wrong password!", ATTACKER);
            } catch (UnauthenticatedException e) {
                failures++;
            } catch (RateLimitedException e) {
                bed.clock.advance(e.retryAfter());
                elapsed = elapsed.plus(e.retryAfter());
            }
        }

        assertThat(failures).isLessThan(30);
        assertThat(auth.login("sales@example.com", ServiceTestbed.PASSWORD, OFFICE)).isNotNull();
    }

    @Test
    void aHundredFailuresWithinAnHourFromManyAddressesLockTheAccountUntilTheOldestLeavesTheHour() {
        for (int address = 0; address < 25; address++) {
            for (int i = 0; i < 4; i++) {
                failLogin("sales@example.com", "192.0.2." + address);
            }
            bed.clock.advance(Duration.ofMinutes(1));
        }
        // the first failure was 25 minutes ago
        assertLimited("sales@example.com", OFFICE, Duration.ofMinutes(35).plusSeconds(1));
        assertThat(auth.login("other.sales@example.com", ServiceTestbed.PASSWORD, OFFICE))
                .as("other accounts").isNotNull();

        bed.clock.advance(Duration.ofMinutes(35).plusSeconds(1));
        assertThat(auth.login("sales@example.com", ServiceTestbed.PASSWORD, OFFICE)).isNotNull();
    }

    @Test
    void twentyFailuresFromOneAddressWithinFifteenMinutesLimitThatAddressForEveryAccount() {
        for (int i = 0; i < 20; i++) {
            failLogin("probe" + i + "@example.com", ATTACKER);
        }
        assertThatThrownBy(() -> auth.login("production@example.com", ServiceTestbed.PASSWORD, ATTACKER))
                .isInstanceOf(RateLimitedException.class);
        assertThat(auth.login("production@example.com", ServiceTestbed.PASSWORD, OFFICE)).isNotNull();
    }

    @Test
    void aSuccessfulLoginForgivesOnlyItsOwnPair() {
        for (int i = 0; i < 4; i++) {
            failLogin("sales@example.com", OFFICE);
            failLogin("sales@example.com", ATTACKER);
        }
        auth.login("sales@example.com", ServiceTestbed.PASSWORD, OFFICE);

        failLogin("sales@example.com", OFFICE);
        failLogin("sales@example.com", ATTACKER);
        assertThat(auth.login("sales@example.com", ServiceTestbed.PASSWORD, OFFICE)).isNotNull();
        assertThatThrownBy(() -> auth.login("sales@example.com", ServiceTestbed.PASSWORD, ATTACKER))
                .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void anAdminSeesTheThrottlesBlockingFirstAndClearsOne() {
        for (int i = 0; i < 5; i++) {
            failLogin("sales@example.com", ATTACKER);
        }
        failLogin("production@example.com", OFFICE);

        assertThat(throttles.list(bed.admin)).first().satisfies(status -> {
            assertThat(status.kind()).isEqualTo(Kind.PAIR);
            assertThat(status.account()).isEqualTo("sales@example.com");
            assertThat(status.address()).isEqualTo(ATTACKER);
            assertThat(status.failures()).isEqualTo(5);
            assertThat(status.blockedUntil()).isEqualTo(ServiceTestbed.START.plusSeconds(1));
        });
        assertThat(throttles.list(bed.admin)).extracting(LoginThrottleStatus::key).containsExactlyInAnyOrder(
                "pair:sales@example.com " + ATTACKER, "address:" + ATTACKER, "account:sales@example.com",
                "pair:production@example.com " + OFFICE, "address:" + OFFICE, "account:production@example.com");

        throttles.clear(bed.admin, "pair:sales@example.com " + ATTACKER);

        assertThat(auth.login("sales@example.com", ServiceTestbed.PASSWORD, ATTACKER)).isNotNull();
        assertThat(throttles.list(bed.admin)).noneMatch(LoginThrottleStatus::blocking);
    }

    @Test
    void onlyAnAdminSeesOrClearsThrottlesAndAnUnknownKeyIsRefused() {
        assertThatThrownBy(() -> throttles.list(bed.sales)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> throttles.clear(bed.production, "account:sales@example.com"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> throttles.clear(bed.admin, "sales@example.com"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("key"));
    }

    @Test
    void housekeepingForgetsFailuresOlderThanEveryWindow() {
        failLogin("sales@example.com", ATTACKER);
        bed.clock.advance(Duration.ofHours(1).plusSeconds(1));

        auth.purgeExpiredSessions();

        assertThat(bed.store.transactions().readOnly(() -> bed.store.loginAttempts()
                .allFailuresSince(ServiceTestbed.START.minus(Duration.ofDays(1))))).isEmpty();
    }

    private void assertLimited(String email, String address, Duration retryAfter) {
        assertThatThrownBy(() -> auth.login(email, ServiceTestbed.PASSWORD, address))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(retryAfter));
    }

    private void failLogin(String email, String address) {
        assertThatThrownBy(() -> auth.login(email, "wrong password!", address))
                .isInstanceOf(UnauthenticatedException.class);
    }
}
