package com.wqs.application.service;

import com.wqs.application.port.in.AuthenticatedUser;
import com.wqs.application.port.in.AuthenticationUseCase;
import com.wqs.application.port.in.CreatedApiToken;
import com.wqs.application.port.in.LoginResult;
import com.wqs.application.port.in.PasswordChangeCommand;
import com.wqs.application.port.out.ApiToken;
import com.wqs.application.port.out.PasswordHasher;
import com.wqs.application.port.out.Session;
import com.wqs.application.port.out.Store;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.UnauthenticatedException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.ApiTokenId;
import com.wqs.domain.user.PasswordPolicy;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sign-in and bearer tokens. Every failed login looks the same from outside (unknown email, wrong
 * password, disabled user: one error, and a password verification in each case so the timing does
 * not tell them apart). Session and API tokens are random, handed out once, and stored only as
 * SHA-256 hashes.
 */
public final class AuthenticationService implements AuthenticationUseCase {
    /** A token's last use is written at most this often, so scripts hammering the API cost no writes. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final Store store;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuthPolicy policy;
    private final LoginThrottle throttle;
    private volatile String dummyHash;

    public AuthenticationService(Store store, PasswordHasher hasher, Clock clock, AuthPolicy policy) {
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
        this.policy = policy;
        this.throttle = new LoginThrottle(store.loginAttempts(), policy.login());
    }

    @Override
    public LoginResult login(String email, String password, String clientAddress) {
        Instant now = clock.instant();
        LoginThrottle.Keys keys = LoginThrottle.Keys.of(User.normaliseEmail(email), clientAddress);
        store.transactions().readOnly(() -> {
            throttle.check(keys, now);
            return null;
        });
        Optional<User> user = store.transactions().inTransaction(() -> store.users().findByEmail(User.normaliseEmail(email)));
        if (!passwordMatches(user, password) || !user.get().active()) {
            store.transactions().run(() -> throttle.recordFailure(keys, now));
            throw new UnauthenticatedException();
        }
        return store.transactions().inTransaction(() -> {
            throttle.recordSuccess(keys);
            return startSession(user.get(), now);
        });
    }

    @Override
    public Optional<AuthenticatedUser> authenticateSession(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank()) {
            return Optional.empty();
        }
        String hash = Sha256.hex(sessionToken);
        Instant now = clock.instant();
        // Read-only: a signed-in page view takes no write lock. Last-seen is written at most once a
        // minute per session (LAST_USED_PRECISION), so the idle timeout is exact to that minute.
        record Found(Session session, Optional<User> user) {
        }
        Optional<Found> found = store.transactions().readOnly(() -> store.sessions().findByTokenHash(hash)
                .map(s -> new Found(s, hasEnded(s, now) ? Optional.empty() : activeUser(s.userId()))));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<Session> session = found.map(Found::session);
        if (hasEnded(session.get(), now)) {
            store.transactions().run(() -> store.sessions().delete(hash));
            return Optional.empty();
        }
        Optional<User> user = found.get().user();
        if (user.isPresent() && isStale(session.get().lastSeenAt(), now)) {
            store.transactions().run(() -> store.sessions().touch(hash, now));
        }
        return user.map(u -> new AuthenticatedUser(u, session.get().csrfToken()));
    }

    @Override
    public void logout(String sessionToken) {
        if (sessionToken != null && !sessionToken.isBlank()) {
            store.transactions().run(() -> store.sessions().delete(Sha256.hex(sessionToken)));
        }
    }

    @Override
    public int purgeExpiredSessions() {
        Instant now = clock.instant();
        Instant idleCutoff = now.minus(policy.idleTimeout());
        return store.transactions().inTransaction(() -> {
            throttle.forgetOld(now);
            return store.sessions().deleteExpired(now, idleCutoff);
        });
    }

    @Override
    public Optional<AuthenticatedUser> authenticateApiToken(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        String hash = Sha256.hex(secret);
        Instant now = clock.instant();
        // The token and its user in one read transaction; its last use is written at most once a minute.
        record Found(ApiToken token, User user) {
        }
        Optional<Found> found = store.transactions().readOnly(() -> store.apiTokens().findByHash(hash)
                .filter(t -> !t.hasExpired(now))
                .flatMap(t -> activeUser(t.userId()).map(u -> new Found(t, u))));
        Optional<ApiToken> token = found.map(Found::token);
        Optional<AuthenticatedUser> user = found.map(f -> new AuthenticatedUser(f.user(), null));
        if (user.isPresent() && isStale(token.get().lastUsedAt(), now)) {
            store.transactions().run(() -> store.apiTokens().touch(token.get().id(), now));
        }
        return user;
    }

    @Override
    public CreatedApiToken createApiToken(Actor actor, String name, Integer expiresInDays) {
        String trimmed = name == null ? "" : name.trim();
        Validation validation = new Validation();
        if (trimmed.isEmpty()) {
            validation.add("name", "is required");
        } else if (trimmed.length() > TextLimits.TOKEN_NAME) {
            validation.add("name", TextLimits.tooLong(TextLimits.TOKEN_NAME));
        }
        int days = expiresInDays == null ? policy.defaultTokenDays() : expiresInDays;
        if (days < 1 || days > policy.maxTokenDays()) {
            validation.add("expiresInDays", "must be between 1 and " + policy.maxTokenDays() + " days");
        }
        validation.throwIfInvalid();
        String secret = SecureTokens.newToken();
        Instant now = clock.instant();
        ApiToken token = new ApiToken(ApiTokenId.newId(), actor.userId(), trimmed, Sha256.hex(secret), now,
                now.plus(Duration.ofDays(days)), null);
        store.transactions().run(() -> store.apiTokens().insert(token));
        return new CreatedApiToken(token, secret);
    }

    @Override
    public List<ApiToken> listApiTokens(Actor actor) {
        return store.transactions().readOnly(() -> store.apiTokens().findForUser(actor.userId()));
    }

    @Override
    public List<ApiToken> listAllApiTokens(Actor actor) {
        Access.require(AccessPolicy.canManageUsers(actor), "only ADMIN sees every user's API tokens");
        return store.transactions().readOnly(() -> store.apiTokens().findAll());
    }

    @Override
    public void revokeApiToken(Actor actor, ApiTokenId id) {
        store.transactions().run(() -> {
            boolean mayRevoke = store.apiTokens().findById(id)
                    .filter(token -> actor.isAdmin() || token.userId().equals(actor.userId()))
                    .isPresent();
            if (!mayRevoke || !store.apiTokens().delete(id)) {
                throw new NotFoundException("api_token", id);
            }
        });
    }

    @Override
    public User me(Actor actor) {
        return store.transactions().inTransaction(() -> store.users().findById(actor.userId()))
                .orElseThrow(() -> new NotFoundException("user", actor.userId()));
    }

    @Override
    public User chooseLanguage(Actor actor, Language language, Long expectedVersion) {
        return store.transactions().inTransaction(() -> {
            User user = store.users().findById(actor.userId())
                    .orElseThrow(() -> new NotFoundException("user", actor.userId()));
            if (expectedVersion != null && expectedVersion != user.version()) {
                throw new ConflictException("user.changed", "your account was changed meanwhile; reload it");
            }
            store.users().update(user.withLanguage(language));
            return store.users().findById(actor.userId()).orElseThrow();
        });
    }

    @Override
    public User changePassword(Actor actor, PasswordChangeCommand command) {
        Objects.requireNonNull(command, "command");
        Instant now = clock.instant();
        User user = me(actor);
        // the request's shape first: an overlong field is a 400 naming it, whatever the throttle says
        List<FieldError> tooLong = new ArrayList<>();
        TextLimits.check(tooLong, "currentPassword", command.currentPassword(), PasswordPolicy.MAX_LENGTH);
        TextLimits.check(tooLong, "password", command.newPassword(), PasswordPolicy.MAX_LENGTH);
        if (!tooLong.isEmpty()) {
            throw new ValidationException(tooLong);
        }
        LoginThrottle.Keys keys = LoginThrottle.Keys.of(user.email(), command.clientAddress());
        store.transactions().readOnly(() -> {
            throttle.check(keys, now);
            return null;
        });
        if (!passwordMatches(Optional.of(user), command.currentPassword())) {
            store.transactions().run(() -> throttle.recordFailure(keys, now));
            throw new ValidationException("currentPassword", "is not your current password");
        }
        String newPassword = command.newPassword();
        Passwords.check(store, newPassword, user.email(), user.fullName());
        if (newPassword.equals(command.currentPassword())) {
            throw new ValidationException("password", "must differ from the current password");
        }
        String hash = hasher.hash(newPassword);
        String kept = command.keptSessionToken() == null || command.keptSessionToken().isBlank() ? null
                : Sha256.hex(command.keptSessionToken());
        // the version read before the slow hash: a change made meanwhile makes this one a CONFLICT
        return store.transactions().inTransaction(() -> Passwords.replace(store, user, hash, kept));
    }

    /** Always verifies once, against a dummy hash for an unknown email, so timing reveals nothing. */
    private boolean passwordMatches(Optional<User> user, String password) {
        // Overlong input is refused before hashing: it cannot be a valid password and would cost time.
        String given = password == null || password.length() > PasswordPolicy.MAX_LENGTH ? "" : password;
        String hash = user.map(User::passwordHash).orElseGet(this::dummyHash);
        boolean matches = hasher.verify(given, hash);
        return matches && user.isPresent() && !given.isEmpty();
    }

    private String dummyHash() {
        // Made on first need: hashing is deliberately slow and must not slow down start-up.
        String hash = dummyHash;
        if (hash == null) {
            hash = hasher.hash(SecureTokens.newToken());
            dummyHash = hash;
        }
        return hash;
    }

    private LoginResult startSession(User user, Instant now) {
        String token = SecureTokens.newToken();
        Session session = new Session(Sha256.hex(token), user.id(), SecureTokens.newToken(), now, now,
                now.plus(policy.absoluteTimeout()));
        store.sessions().insert(session);
        return new LoginResult(token, session.csrfToken(), user, session.expiresAt());
    }

    private boolean hasEnded(Session session, Instant now) {
        return !now.isBefore(session.expiresAt()) || !now.isBefore(session.lastSeenAt().plus(policy.idleTimeout()));
    }

    private static boolean isStale(Instant lastUsedAt, Instant now) {
        return lastUsedAt == null || !lastUsedAt.plus(LAST_USED_PRECISION).isAfter(now);
    }

    private Optional<User> activeUser(UserId id) {
        return store.users().findById(id).filter(User::active);
    }
}
