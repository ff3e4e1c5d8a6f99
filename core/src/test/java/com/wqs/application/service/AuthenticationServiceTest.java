package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.AuthenticatedUser;
import com.wqs.application.port.in.AuthenticationUseCase;
import com.wqs.application.port.in.CreatedApiToken;
import com.wqs.application.port.in.LoginResult;
import com.wqs.application.port.in.UserUpdateCommand;
import com.wqs.application.port.out.ApiToken;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.RateLimitedException;
import com.wqs.domain.shared.UnauthenticatedException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.ApiTokenId;
import com.wqs.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AuthenticationServiceTest {
    private final ServiceTestbed bed = new ServiceTestbed();
    private final AuthenticationUseCase auth = bed.useCases.authentication();

    @Test
    void signsInByEmailInAnyCaseAndHandsOutANewSessionToken() {
        LoginResult login = auth.login("  Sales@Example.COM ", ServiceTestbed.PASSWORD, "10.0.0.1");

        assertThat(login.user().id()).isEqualTo(bed.salesUser.id());
        assertThat(Base64.getUrlDecoder().decode(login.sessionToken())).hasSize(32);
        assertThat(login.csrfToken()).isNotBlank().isNotEqualTo(login.sessionToken());
        assertThat(login.expiresAt()).isEqualTo(ServiceTestbed.START.plus(Duration.ofHours(12)));
        assertThat(bed.store.sessions().findByTokenHash(sha256Hex(login.sessionToken()))).isPresent();
        assertThat(bed.store.sessions().findByTokenHash(login.sessionToken())).as("the token itself is not stored").isEmpty();
        assertThat(auth.authenticateSession(login.sessionToken()))
                .map(AuthenticatedUser::csrfToken).contains(login.csrfToken());
    }

    @Test
    void everyLoginGetsAFreshSession() {
        LoginResult first = auth.login("sales@example.com", ServiceTestbed.PASSWORD, "10.0.0.1");
        LoginResult second = auth.login("sales@example.com", ServiceTestbed.PASSWORD, "10.0.0.1");

        assertThat(second.sessionToken()).isNotEqualTo(first.sessionToken());
        assertThat(auth.authenticateSession(first.sessionToken())).isPresent();
        assertThat(auth.authenticateSession(second.sessionToken())).isPresent();
    }

    @Test
    void purgingDeletesSessionsIdleTooLongOrPastTheirAbsoluteExpiryAndKeepsTheOthers() {
        LoginResult keptAlive = auth.login("sales@example.com", ServiceTestbed.PASSWORD, "10.0.0.1");
        LoginResult idle = auth.login("sales@example.com", ServiceTestbed.PASSWORD, "10.0.0.1");
        for (int i = 0; i < 2; i++) {
            bed.clock.advance(Duration.ofMinutes(20));
            assertThat(auth.authenticateSession(keptAlive.sessionToken())).isPresent();
        }
        LoginResult fresh = auth.login("sales@example.com", ServiceTestbed.PASSWORD, "10.0.0.1");

        assertThat(auth.purgeExpiredSessions()).isEqualTo(1);
        assertThat(bed.store.sessions().findByTokenHash(sha256Hex(idle.sessionToken()))).isEmpty();
        assertThat(auth.authenticateSession(keptAlive.sessionToken())).isPresent();
        assertThat(auth.authenticateSession(fresh.sessionToken())).isPresent();
        assertThat(auth.purgeExpiredSessions()).isZero();

        for (int i = 0; i < 33; i++) { // both active every 20 minutes, up to 11 h 40 min after the first login
            bed.clock.advance(Duration.ofMinutes(20));
            assertThat(auth.authenticateSession(keptAlive.sessionToken())).isPresent();
            assertThat(auth.authenticateSession(fresh.sessionToken())).isPresent();
        }
        bed.clock.advance(Duration.ofMinutes(25)); // 12 h 5 min: past the first login's absolute expiry, idle only 25 min
        assertThat(auth.purgeExpiredSessions()).isEqualTo(1);
        assertThat(bed.store.sessions().findByTokenHash(sha256Hex(keptAlive.sessionToken()))).isEmpty();
        assertThat(auth.authenticateSession(fresh.sessionToken())).isPresent();
    }

    @Test
    void unknownEmailWrongPasswordAndDisabledUserFailAlikeAndAllVerifyAPassword() {
        bed.useCases.users().update(bed.admin, bed.otherSalesUser.id(), new UserUpdateCommand(null, null, false));
        String[][] attempts = {
                {"nobody@example.com", ServiceTestbed.PASSWORD},
                {"sales@example.com", "wrong password!"},
                {"other.sales@example.com", ServiceTestbed.PASSWORD}};

        for (String[] attempt : attempts) {
            int verificationsBefore = bed.hasher.verifications();
            assertThatThrownBy(() -> auth.login(attempt[0], attempt[1], "10.0.0.1"))
                    .isInstanceOfSatisfying(UnauthenticatedException.class,
                            e -> assertThat(e.getMessage()).isEqualTo("invalid credentials"));
            assertThat(bed.hasher.verifications()).as("verifications for %s", attempt[0]).isEqualTo(verificationsBefore + 1);
        }
    }

    @Test
    void tooManyFailuresFromOneAddressAreRateLimitedForEveryAccount() {
        for (int i = 0; i < 20; i++) {
            failLogin("probe" + i + "@example.com", "203.0.113.7");
        }

        assertThatThrownBy(() -> auth.login("sales@example.com", ServiceTestbed.PASSWORD, "203.0.113.7"))
                .isInstanceOf(RateLimitedException.class);
        assertThat(auth.login("sales@example.com", ServiceTestbed.PASSWORD, "198.51.100.1")).isNotNull();
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            failLogin("sales@example.com", "10.0.0.1");
        }
        auth.login("sales@example.com", ServiceTestbed.PASSWORD, "10.0.0.1");

        for (int i = 0; i < 4; i++) {
            failLogin("sales@example.com", "10.0.0.1");
        }
        assertThat(auth.login("sales@example.com", ServiceTestbed.PASSWORD, "10.0.0.1")).isNotNull();
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() {
        String token = login();

        bed.clock.advance(Duration.ofMinutes(29));
        assertThat(auth.authenticateSession(token)).isPresent();
        bed.clock.advance(Duration.ofMinutes(29)); // 58 minutes in, but only 29 idle
        assertThat(auth.authenticateSession(token)).isPresent();
        bed.clock.advance(Duration.ofMinutes(30));
        assertThat(auth.authenticateSession(token)).isEmpty();
        assertThat(bed.store.sessions().findByTokenHash(sha256Hex(token))).isEmpty();
    }

    @Test
    void aSessionsLastSeenIsWrittenAtMostOnceAMinuteSoPageViewsDoNotWrite() {
        String token = login();
        java.time.Instant loggedIn = bed.clock.instant();

        bed.clock.advance(Duration.ofSeconds(59));
        assertThat(auth.authenticateSession(token)).isPresent();
        assertThat(bed.store.sessions().findByTokenHash(sha256Hex(token)).orElseThrow().lastSeenAt())
                .as("within the minute: nothing written").isEqualTo(loggedIn);
        bed.clock.advance(Duration.ofSeconds(1));
        assertThat(auth.authenticateSession(token)).isPresent();
        assertThat(bed.store.sessions().findByTokenHash(sha256Hex(token)).orElseThrow().lastSeenAt())
                .as("a minute on: written").isEqualTo(bed.clock.instant());
        bed.clock.advance(Duration.ofSeconds(30));
        assertThat(auth.authenticateSession(token)).isPresent();
        assertThat(bed.store.sessions().findByTokenHash(sha256Hex(token)).orElseThrow().lastSeenAt())
                .isEqualTo(loggedIn.plusSeconds(60));
    }

    @Test
    void aSessionEndsTwelveHoursAfterLoginHoweverActive() {
        String token = login();
        for (int i = 0; i < 12 * 4 - 1; i++) {
            bed.clock.advance(Duration.ofMinutes(15));
            assertThat(auth.authenticateSession(token)).isPresent();
        }

        bed.clock.advance(Duration.ofMinutes(15));
        assertThat(auth.authenticateSession(token)).isEmpty();
    }

    @Test
    void logoutEndsTheSession() {
        String token = login();

        auth.logout(token);

        assertThat(auth.authenticateSession(token)).isEmpty();
    }

    @Test
    void unknownOrMissingTokensAuthenticateNobody() {
        assertThat(auth.authenticateSession("not-a-token")).isEmpty();
        assertThat(auth.authenticateSession(null)).isEmpty();
        assertThat(auth.authenticateApiToken("not-a-token")).isEmpty();
        assertThat(auth.authenticateApiToken(" ")).isEmpty();
    }

    @Test
    void disablingAUserEndsTheirSessions() {
        String token = login();

        bed.useCases.users().update(bed.admin, bed.salesUser.id(), new UserUpdateCommand(null, null, false));

        assertThat(auth.authenticateSession(token)).isEmpty();
    }

    @Test
    void anApiTokenIsShownOnceAndStoredOnlyAsAHash() {
        CreatedApiToken created = auth.createApiToken(bed.sales, "  nightly export ");

        assertThat(created.token().name()).isEqualTo("nightly export");
        assertThat(created.token().tokenHash()).isEqualTo(sha256Hex(created.secret()));
        assertThat(auth.listApiTokens(bed.sales)).extracting(ApiToken::id).containsExactly(created.token().id());
        assertThat(auth.listApiTokens(bed.otherSales)).isEmpty();
        AuthenticatedUser user = auth.authenticateApiToken(created.secret()).orElseThrow();
        assertThat(user.user().id()).isEqualTo(bed.salesUser.id());
        assertThat(user.csrfToken()).isNull();
    }

    @Test
    void anApiTokenNeedsAName() {
        assertThatThrownBy(() -> auth.createApiToken(bed.sales, " ")).isInstanceOf(ValidationException.class);
    }

    @Test
    void aDisabledUsersApiTokenAuthenticatesNobody() {
        CreatedApiToken created = auth.createApiToken(bed.sales, "script");

        bed.useCases.users().update(bed.admin, bed.salesUser.id(), new UserUpdateCommand(null, null, false));

        assertThat(auth.authenticateApiToken(created.secret())).isEmpty();
    }

    @Test
    void theOwnerOrAnAdminRevokesATokenAndAnyoneElseIsToldItDoesNotExist() {
        CreatedApiToken first = auth.createApiToken(bed.sales, "one");
        CreatedApiToken second = auth.createApiToken(bed.sales, "two");

        assertThatThrownBy(() -> auth.revokeApiToken(bed.otherSales, first.token().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> auth.revokeApiToken(bed.production, first.token().id())).isInstanceOf(NotFoundException.class);
        auth.revokeApiToken(bed.sales, first.token().id());
        auth.revokeApiToken(bed.admin, second.token().id());

        assertThat(auth.authenticateApiToken(first.secret())).isEmpty();
        assertThat(auth.authenticateApiToken(second.secret())).isEmpty();
        assertThatThrownBy(() -> auth.revokeApiToken(bed.sales, first.token().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> auth.revokeApiToken(bed.admin, ApiTokenId.newId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void meIsTheActorsUser() {
        assertThat(auth.me(bed.production).email()).isEqualTo("production@example.com");
    }

    @Test
    void aUserChoosesTheirOwnLanguageAndCanGoBackToTheBrowsers() {
        User spanish = auth.chooseLanguage(bed.production, Language.SPANISH, null);

        assertThat(spanish.language()).isEqualTo(Language.SPANISH);
        assertThat(auth.me(bed.production).language()).isEqualTo(Language.SPANISH);
        assertThat(auth.me(bed.salesUser.asActor()).language()).as("only their own").isNull();
        assertThat(auth.chooseLanguage(bed.production, null, spanish.version()).language()).isNull();
    }

    @Test
    void choosingALanguageOnAStaleAccountIsAConflictAndChangesNothing() {
        User before = auth.me(bed.production);

        assertThatThrownBy(() -> auth.chooseLanguage(bed.production, Language.SPANISH, before.version() + 1))
                .isInstanceOf(ConflictException.class);
        assertThat(auth.me(bed.production)).isEqualTo(before);
    }

    private String login() {
        return auth.login("sales@example.com", ServiceTestbed.PASSWORD, "10.0.0.1").sessionToken();
    }

    private void failLogin(String email, String address) {
        assertThatThrownBy(() -> auth.login(email, "wrong password!", address))
                .isInstanceOf(UnauthenticatedException.class);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
