package com.wqs.application.port.out;

import com.wqs.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

public interface SessionRepository {
    void insert(Session session);

    Optional<Session> findByTokenHash(String tokenHash);

    void touch(String tokenHash, Instant lastSeenAt);

    void delete(String tokenHash);

    void deleteForUser(UserId userId);

    /** Ends every session of the user except the one with {@code keptTokenHash} (the one in use). */
    void deleteForUserExcept(UserId userId, String keptTokenHash);

    /** Removes sessions that ended before {@code now} by absolute expiry or idled past {@code idleCutoff}. */
    int deleteExpired(Instant now, Instant idleCutoff);
}
