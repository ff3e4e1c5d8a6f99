package com.wqs.application.inmemory;

import com.wqs.application.port.out.Session;
import com.wqs.application.port.out.SessionRepository;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

final class InMemorySessionRepository implements SessionRepository {
    private final InMemoryDatabase database;

    InMemorySessionRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public void insert(Session session) {
        database.write(tables -> {
            if (tables.sessions.containsKey(session.tokenHash())) {
                throw new ConflictException("session.duplicate", "a session with this token already exists");
            }
            tables.sessions.put(session.tokenHash(), session);
        });
    }

    @Override
    public Optional<Session> findByTokenHash(String tokenHash) {
        return database.read(tables -> Optional.ofNullable(tables.sessions.get(tokenHash)));
    }

    @Override
    public void touch(String tokenHash, Instant lastSeenAt) {
        database.write(tables -> tables.sessions.computeIfPresent(tokenHash, (hash, s) ->
                new Session(s.tokenHash(), s.userId(), s.csrfToken(), s.createdAt(), lastSeenAt, s.expiresAt())));
    }

    @Override
    public void delete(String tokenHash) {
        database.write(tables -> tables.sessions.remove(tokenHash));
    }

    @Override
    public void deleteForUser(UserId userId) {
        database.write(tables -> tables.sessions.values().removeIf(s -> s.userId().equals(userId)));
    }

    @Override
    public void deleteForUserExcept(UserId userId, String keptTokenHash) {
        database.write(tables -> tables.sessions.values().removeIf(s -> s.userId().equals(userId)
                && !s.tokenHash().equals(keptTokenHash)));
    }

    @Override
    public int deleteExpired(Instant now, Instant idleCutoff) {
        return database.writeAndGet(tables -> {
            int before = tables.sessions.size();
            tables.sessions.values().removeIf(s -> s.expiresAt().isBefore(now) || s.lastSeenAt().isBefore(idleCutoff));
            return before - tables.sessions.size();
        });
    }
}
