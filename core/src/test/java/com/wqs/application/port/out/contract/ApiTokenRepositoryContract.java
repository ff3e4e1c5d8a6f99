package com.wqs.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.out.ApiToken;
import com.wqs.application.port.out.ApiTokenRepository;
import com.wqs.domain.user.ApiTokenId;
import com.wqs.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The contract of {@link ApiTokenRepository}. */
public abstract class ApiTokenRepositoryContract extends StoreContract {

    private ApiTokenRepository tokens() {
        return store.apiTokens();
    }

    @Test
    void insertedTokenIsFoundByHashAndById() {
        User user = givenUser();
        ApiToken token = token(user, "Nightly export — ñ ✓");

        tokens().insert(token);

        assertThat(tokens().findByHash(token.tokenHash())).contains(token);
        assertThat(tokens().findById(token.id())).contains(token);
    }

    @Test
    void unknownTokenIsNotFound() {
        assertThat(tokens().findByHash("f".repeat(64))).isEmpty();
        assertThat(tokens().findById(ApiTokenId.newId())).isEmpty();
    }

    @Test
    void findForUserListsOnlyThatUsersTokens() {
        User user = givenUser();
        User other = givenUser();
        ApiToken first = token(user, "first");
        ApiToken second = token(user, "second");
        tokens().insert(first);
        tokens().insert(second);
        tokens().insert(token(other, "not mine"));

        assertThat(tokens().findForUser(user.id())).containsExactlyInAnyOrder(first, second);
        assertThat(tokens().findForUser(givenUser().id())).isEmpty();
    }

    @Test
    void aTokenKeepsItsExpiryAndLastUseToTheMillisecond() {
        User user = givenUser();
        ApiToken token = token(user, "expiring").withLastUsedAt(NOW.minusMillis(1500));
        tokens().insert(token);

        assertThat(tokens().findById(token.id())).contains(token);
        assertThat(token.expiresAt()).isEqualTo(token.createdAt().plus(Duration.ofDays(90)));
    }

    @Test
    void touchRecordsTheLastUseOfThatTokenOnly() {
        User user = givenUser();
        ApiToken used = token(user, "used");
        ApiToken idle = token(user, "idle");
        tokens().insert(used);
        tokens().insert(idle);
        Instant at = NOW.plus(Duration.ofMinutes(5)).plusMillis(7);

        tokens().touch(used.id(), at);
        tokens().touch(ApiTokenId.newId(), at);

        assertThat(tokens().findById(used.id())).contains(used.withLastUsedAt(at));
        assertThat(tokens().findById(idle.id())).contains(idle);
    }

    @Test
    void findAllListsEveryUsersTokensOldestFirst() {
        User user = givenUser();
        User other = givenUser();
        ApiToken first = token(user, "first");
        ApiToken second = token(other, "second");
        ApiToken third = token(user, "third");
        tokens().insert(third);
        tokens().insert(first);
        tokens().insert(second);

        assertThat(tokens().findAll()).containsExactly(first, second, third);
        assertThat(tokens().findForUser(user.id())).containsExactly(first, third);
    }

    @Test
    void deleteForUserRevokesEveryTokenOfThatUserOnly() {
        User user = givenUser();
        User other = givenUser();
        tokens().insert(token(user, "one"));
        tokens().insert(token(user, "two"));
        ApiToken kept = token(other, "kept");
        tokens().insert(kept);

        assertThat(tokens().deleteForUser(user.id())).isEqualTo(2);

        assertThat(tokens().findForUser(user.id())).isEmpty();
        assertThat(tokens().findAll()).containsExactly(kept);
        assertThat(tokens().deleteForUser(user.id())).isZero();
    }

    @Test
    void deleteRemovesTheTokenAndTellsWhetherOneExisted() {
        User user = givenUser();
        ApiToken token = token(user, "temporary");
        tokens().insert(token);

        assertThat(tokens().delete(token.id())).isTrue();
        assertThat(tokens().delete(token.id())).isFalse();
        assertThat(tokens().findByHash(token.tokenHash())).isEmpty();
        assertThat(tokens().findForUser(user.id())).isEmpty();
    }

    private int created;

    private ApiToken token(User user, String name) {
        created++;
        Instant createdAt = NOW.plus(Duration.ofMinutes(created));
        return new ApiToken(ApiTokenId.newId(), user.id(), name,
                (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""), createdAt,
                createdAt.plus(Duration.ofDays(90)), null);
    }
}
