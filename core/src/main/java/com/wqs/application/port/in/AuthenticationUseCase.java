package com.wqs.application.port.in;

import com.wqs.application.port.out.ApiToken;
import com.wqs.domain.shared.Language;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.ApiTokenId;
import com.wqs.domain.user.User;
import java.util.List;
import java.util.Optional;

/**
 * Sign-in with email and password (sessions with idle and absolute expiry, a new session id at every
 * login, failures rate-limited per account and per client address) and bearer API tokens.
 */
public interface AuthenticationUseCase {
    /**
     * @throws com.wqs.domain.shared.UnauthenticatedException wrong email/password or inactive user (one generic message)
     * @throws com.wqs.domain.shared.RateLimitedException too many recent failures for the account or the address
     */
    LoginResult login(String email, String password, String clientAddress);

    /** The session's user, refreshing its idle timer; empty when unknown, expired or the user is inactive. */
    Optional<AuthenticatedUser> authenticateSession(String sessionToken);

    void logout(String sessionToken);

    /**
     * Deletes the sessions that have ended (idle too long or past their absolute expiry) as of now;
     * meant for a periodic job. Returns how many were deleted.
     */
    int purgeExpiredSessions();

    /**
     * The token's user; empty when unknown, expired or the user is inactive. Records when the token was
     * used, at most once a minute.
     */
    Optional<AuthenticatedUser> authenticateApiToken(String secret);

    /**
     * A new token for the actor, valid {@code expiresInDays} (null: the default, 90; from 1 to 365 →
     * VALIDATION on {@code expiresInDays} otherwise).
     */
    CreatedApiToken createApiToken(Actor actor, String name, Integer expiresInDays);

    default CreatedApiToken createApiToken(Actor actor, String name) {
        return createApiToken(actor, name, null);
    }

    /** The actor's own tokens, expired ones included, oldest first. */
    List<ApiToken> listApiTokens(Actor actor);

    /** Every user's tokens (ADMIN only), oldest first. */
    List<ApiToken> listAllApiTokens(Actor actor);

    /** Owner or ADMIN; anyone else gets NOT_FOUND. */
    void revokeApiToken(Actor actor, ApiTokenId id);

    User me(Actor actor);

    /**
     * The actor changes their own password: the current one is required (wrong → VALIDATION on
     * {@code currentPassword}, counted like a failed sign-in), the new one must pass the password policy.
     * Revokes every API token of the user and every session but the one kept.
     *
     * @throws com.wqs.domain.shared.RateLimitedException too many recent failures, as for {@link #login}
     */
    User changePassword(Actor actor, PasswordChangeCommand command);

    /**
     * The actor chooses the language of their own workplace; null goes back to the browser's, then the
     * installation's. {@code expectedVersion}, when given, must be the user's current version (else CONFLICT).
     */
    User chooseLanguage(Actor actor, Language language, Long expectedVersion);
}
