package com.wqs.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.out.ApiToken;
import com.wqs.application.port.out.ApiTokenRepository;
import com.wqs.domain.user.ApiTokenId;
import com.wqs.domain.user.User;
import java.time.Duration;
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
        return new ApiToken(ApiTokenId.newId(), user.id(), name,
                (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""),
                NOW.plus(Duration.ofMinutes(created)));
    }
}
