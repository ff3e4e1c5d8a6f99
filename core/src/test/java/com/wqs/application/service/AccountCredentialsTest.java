package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.AuthenticationUseCase;
import com.wqs.application.port.in.CreatedApiToken;
import com.wqs.application.port.in.LoginResult;
import com.wqs.application.port.in.PasswordChangeCommand;
import com.wqs.application.port.out.ApiToken;
import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.RateLimitedException;
import com.wqs.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** API token lifetimes and use, and what changing or resetting a password revokes. */
class AccountCredentialsTest {
    private static final String NEW_PASSWORD = "seven blue lanterns drifting";

    private final ServiceTestbed bed = new ServiceTestbed();
    private final AuthenticationUseCase auth = bed.useCases.authentication();

    @Test
    void aTokenLastsNinetyDaysByDefaultAndThenAuthenticatesNobody() {
        CreatedApiToken created = auth.createApiToken(bed.sales, "nightly export");

        assertThat(created.token().expiresAt()).isEqualTo(ServiceTestbed.START.plus(Duration.ofDays(90)));
        bed.clock.advance(Duration.ofDays(90).minusSeconds(1));
        assertThat(auth.authenticateApiToken(created.secret())).isPresent();
        bed.clock.advance(Duration.ofSeconds(1));
        assertThat(auth.authenticateApiToken(created.secret())).isEmpty();
        assertThat(auth.listApiTokens(bed.sales)).extracting(ApiToken::id).as("still listed, as expired")
                .containsExactly(created.token().id());
    }

    @Test
    void theCreatorPicksALifetimeFromOneTo365Days() {
        CreatedApiToken created = auth.createApiToken(bed.sales, "one week", 7);

        assertThat(created.token().expiresAt()).isEqualTo(ServiceTestbed.START.plus(Duration.ofDays(7)));
        bed.clock.advance(Duration.ofDays(7));
        assertThat(auth.authenticateApiToken(created.secret())).isEmpty();
        assertThat(auth.createApiToken(bed.sales, "a year", 365).token().expiresAt())
                .isEqualTo(bed.clock.instant().plus(Duration.ofDays(365)));
        for (int days : new int[] {0, -1, 366}) {
            assertThatThrownBy(() -> auth.createApiToken(bed.sales, "bad", days))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("expiresInDays"));
        }
    }

    @Test
    void aTokensLastUseIsRecordedAtMostOnceAMinute() {
        CreatedApiToken created = auth.createApiToken(bed.sales, "script");
        assertThat(lastUsed(created)).isNull();

        auth.authenticateApiToken(created.secret());
        Instant first = bed.clock.instant();
        assertThat(lastUsed(created)).isEqualTo(first);

        bed.clock.advance(Duration.ofSeconds(59));
        auth.authenticateApiToken(created.secret());
        assertThat(lastUsed(created)).as("within the minute: no write").isEqualTo(first);

        bed.clock.advance(Duration.ofSeconds(1));
        auth.authenticateApiToken(created.secret());
        assertThat(lastUsed(created)).isEqualTo(first.plusSeconds(60));
    }

    @Test
    void onlyAnAdminListsEveryonesTokens() {
        CreatedApiToken sales = auth.createApiToken(bed.sales, "sales");
        bed.clock.advance(Duration.ofSeconds(1));
        CreatedApiToken production = auth.createApiToken(bed.production, "production");

        assertThat(auth.listAllApiTokens(bed.admin)).extracting(ApiToken::id)
                .containsExactly(sales.token().id(), production.token().id());
        assertThatThrownBy(() -> auth.listAllApiTokens(bed.sales)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthersAndEveryToken() {
        LoginResult here = login();
        LoginResult elsewhere = login();
        CreatedApiToken token = auth.createApiToken(bed.sales, "script");

        auth.changePassword(bed.sales, new PasswordChangeCommand(ServiceTestbed.PASSWORD, NEW_PASSWORD, "10.0.0.1",
                here.sessionToken()));

        assertThat(auth.authenticateSession(here.sessionToken())).isPresent();
        assertThat(auth.authenticateSession(elsewhere.sessionToken())).isEmpty();
        assertThat(auth.authenticateApiToken(token.secret())).isEmpty();
        assertThat(auth.listApiTokens(bed.sales)).isEmpty();
        assertThat(auth.login("sales@example.com", NEW_PASSWORD, "10.0.0.1")).isNotNull();
    }

    @Test
    void withoutASessionToKeepAChangeEndsEverySession() {
        LoginResult session = login();

        auth.changePassword(bed.sales, new PasswordChangeCommand(ServiceTestbed.PASSWORD, NEW_PASSWORD, "cli", null));

        assertThat(auth.authenticateSession(session.sessionToken())).isEmpty();
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndCountsAsAFailedSignIn() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> auth.changePassword(bed.sales, new PasswordChangeCommand("not my password",
                    NEW_PASSWORD, "10.0.0.1", null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("currentPassword"));
        }

        assertThatThrownBy(() -> auth.changePassword(bed.sales, new PasswordChangeCommand(ServiceTestbed.PASSWORD,
                NEW_PASSWORD, "10.0.0.1", null))).isInstanceOf(RateLimitedException.class);
        assertThat(auth.login("sales@example.com", ServiceTestbed.PASSWORD, "10.0.0.2")).as("old password").isNotNull();
    }

    @Test
    void theNewPasswordMustPassThePolicyAndDifferFromTheCurrentOne() {
        nameTheCompany("Sunrise Glazing");
        for (String refused : new String[] {"short", "iloveyou", "sales forever 99", "sunrise glazing rocks",
                ServiceTestbed.PASSWORD}) {
            assertThatThrownBy(() -> auth.changePassword(bed.sales, new PasswordChangeCommand(ServiceTestbed.PASSWORD,
                    refused, "10.0.0.1", null)))
                    .as(refused)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("password"));
        }
        assertThat(auth.login("sales@example.com", ServiceTestbed.PASSWORD, "10.0.0.1")).isNotNull();
    }

    @Test
    void anAdminResetEndsEverySessionAndRevokesEveryToken() {
        LoginResult session = login();
        CreatedApiToken token = auth.createApiToken(bed.sales, "script");
        CreatedApiToken others = auth.createApiToken(bed.otherSales, "not touched");

        bed.useCases.users().resetPassword(bed.admin, bed.salesUser.id(), NEW_PASSWORD);

        assertThat(auth.authenticateSession(session.sessionToken())).isEmpty();
        assertThat(auth.authenticateApiToken(token.secret())).isEmpty();
        assertThat(auth.authenticateApiToken(others.secret())).isPresent();
    }

    @Test
    void newUsersAndResetsAreCheckedAgainstTheCompanyName() {
        nameTheCompany("Sunrise Glazing");

        assertThatThrownBy(() -> bed.useCases.users().resetPassword(bed.admin, bed.salesUser.id(), "SUNRISE GLAZING 2026!"))
                .isInstanceOf(ValidationException.class);
    }

    private void nameTheCompany(String name) {
        Settings s = bed.useCases.settings().get(bed.admin);
        CompanyProfile c = s.company();
        bed.changeDocumentSettings(new Settings(new CompanyProfile(name, c.address(), c.phone(), c.email(), c.taxId(),
                c.logo(), c.logoContentType()), s.profitMargin(), s.indirectRate(), s.taxRate(), s.glassWaste(),
                s.validityDays(), s.currency(), s.zone(), s.locale(), s.terms(), s.cutting(), s.version()));
    }

    private Instant lastUsed(CreatedApiToken created) {
        return auth.listApiTokens(bed.sales).stream().filter(t -> t.id().equals(created.token().id())).findFirst()
                .orElseThrow().lastUsedAt();
    }

    private LoginResult login() {
        return auth.login("sales@example.com", ServiceTestbed.PASSWORD, "10.0.0.1");
    }
}
