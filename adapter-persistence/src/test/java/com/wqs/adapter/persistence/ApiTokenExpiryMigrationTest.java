package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.out.ApiToken;
import com.wqs.domain.user.ApiTokenId;
import com.wqs.domain.user.User;
import com.wqs.testing.UserBuilder;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Migration V9 gives API tokens an expiry and a last use. Tokens made before it expire 90 days after
 * their creation (the default lifetime) and have never been used.
 */
abstract class ApiTokenExpiryMigrationTest {
    private static final Instant CREATED = Instant.parse("2026-01-05T08:15:30.250Z");

    abstract TestDatabases databases();

    @Test
    void tokensMadeBeforeTheMigrationExpireNinetyDaysAfterTheirCreation() {
        User owner = UserBuilder.aUser().build();
        ApiToken token = new ApiToken(ApiTokenId.newId(), owner.id(), "old script", "a".repeat(64), CREATED,
                CREATED.plus(Duration.ofDays(7)), CREATED.plusSeconds(60));
        try (JdbiStore store = databases().newPrivateStore()) {
            store.transactions().run(() -> {
                store.users().insert(owner);
                store.apiTokens().insert(token);
            });
        }
        OlderSchema.backTo(databases(), 8);

        try (JdbiStore migrated = databases().migrateAndOpenTheSameDatabase()) {
            assertThat(migrated.apiTokens().findById(token.id())).contains(new ApiToken(token.id(), owner.id(),
                    "old script", token.tokenHash(), CREATED, CREATED.plus(Duration.ofDays(90)), null));
        }
    }
}
