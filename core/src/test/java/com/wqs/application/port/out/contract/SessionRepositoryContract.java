package com.wqs.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.out.Session;
import com.wqs.application.port.out.SessionRepository;
import com.wqs.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link SessionRepository}. */
public abstract class SessionRepositoryContract extends StoreContract {
    private User user;

    private SessionRepository sessions() {
        return store.sessions();
    }

    @BeforeEach
    void givenAUser() {
        user = givenUser();
    }

    @Test
    void insertedSessionIsFoundByItsTokenHash() {
        Session session = session(user, NOW, NOW.plus(Duration.ofHours(12)));

        sessions().insert(session);

        assertThat(sessions().findByTokenHash(session.tokenHash())).contains(session);
        assertThat(sessions().findByTokenHash("0".repeat(64))).isEmpty();
    }

    @Test
    void touchMovesOnlyTheLastSeenTime() {
        Session session = session(user, NOW, NOW.plus(Duration.ofHours(12)));
        sessions().insert(session);
        Instant later = NOW.plus(Duration.ofMinutes(17)).plusMillis(5);

        sessions().touch(session.tokenHash(), later);

        assertThat(sessions().findByTokenHash(session.tokenHash())).contains(new Session(session.tokenHash(),
                session.userId(), session.csrfToken(), session.createdAt(), later, session.expiresAt()));
    }

    @Test
    void deleteRemovesOneSession() {
        Session kept = session(user, NOW, NOW.plus(Duration.ofHours(1)));
        Session removed = session(user, NOW, NOW.plus(Duration.ofHours(1)));
        sessions().insert(kept);
        sessions().insert(removed);

        sessions().delete(removed.tokenHash());

        assertThat(sessions().findByTokenHash(removed.tokenHash())).isEmpty();
        assertThat(sessions().findByTokenHash(kept.tokenHash())).contains(kept);
    }

    @Test
    void deleteForUserRemovesEveryOneOfTheirSessionsOnly() {
        User other = givenUser();
        Session first = session(user, NOW, NOW.plus(Duration.ofHours(1)));
        Session second = session(user, NOW, NOW.plus(Duration.ofHours(2)));
        Session others = session(other, NOW, NOW.plus(Duration.ofHours(1)));
        sessions().insert(first);
        sessions().insert(second);
        sessions().insert(others);

        sessions().deleteForUser(user.id());

        assertThat(sessions().findByTokenHash(first.tokenHash())).isEmpty();
        assertThat(sessions().findByTokenHash(second.tokenHash())).isEmpty();
        assertThat(sessions().findByTokenHash(others.tokenHash())).contains(others);
    }

    @Test
    void deleteForUserExceptKeepsTheNamedSessionAndOtherUsersSessions() {
        User other = givenUser();
        Session kept = session(user, NOW, NOW.plus(Duration.ofHours(1)));
        Session ended = session(user, NOW, NOW.plus(Duration.ofHours(2)));
        Session others = session(other, NOW, NOW.plus(Duration.ofHours(1)));
        sessions().insert(kept);
        sessions().insert(ended);
        sessions().insert(others);

        sessions().deleteForUserExcept(user.id(), kept.tokenHash());

        assertThat(sessions().findByTokenHash(kept.tokenHash())).contains(kept);
        assertThat(sessions().findByTokenHash(ended.tokenHash())).isEmpty();
        assertThat(sessions().findByTokenHash(others.tokenHash())).contains(others);
    }

    @Test
    void deleteExpiredRemovesSessionsPastTheirExpiryOrIdleTooLong() {
        Instant idleCutoff = NOW.minus(Duration.ofMinutes(30));
        Session expired = session(user, NOW.minus(Duration.ofHours(13)), NOW.minusMillis(1), NOW.minusSeconds(60));
        Session expiresNow = session(user, NOW.minus(Duration.ofHours(12)), NOW, NOW.minusSeconds(60));
        Session idle = session(user, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(11)),
                idleCutoff.minusMillis(1));
        Session idleExactlyToTheCutoff = session(user, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(11)),
                idleCutoff);
        Session fresh = session(user, NOW, NOW.plus(Duration.ofHours(12)), NOW);
        for (Session s : new Session[] {expired, expiresNow, idle, idleExactlyToTheCutoff, fresh}) {
            sessions().insert(s);
        }

        int removed = sessions().deleteExpired(NOW, idleCutoff);

        assertThat(removed).isEqualTo(2);
        assertThat(sessions().findByTokenHash(expired.tokenHash())).isEmpty();
        assertThat(sessions().findByTokenHash(idle.tokenHash())).isEmpty();
        assertThat(sessions().findByTokenHash(expiresNow.tokenHash())).contains(expiresNow);
        assertThat(sessions().findByTokenHash(idleExactlyToTheCutoff.tokenHash())).contains(idleExactlyToTheCutoff);
        assertThat(sessions().findByTokenHash(fresh.tokenHash())).contains(fresh);
        assertThat(sessions().deleteExpired(NOW, idleCutoff)).isZero();
    }

    private static Session session(User user, Instant createdAt, Instant expiresAt) {
        return session(user, createdAt, expiresAt, createdAt);
    }

    private static Session session(User user, Instant createdAt, Instant expiresAt, Instant lastSeenAt) {
        return new Session(hash(), user.id(), "csrf-" + UUID.randomUUID(), createdAt, lastSeenAt, expiresAt);
    }

    private static String hash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }
}
