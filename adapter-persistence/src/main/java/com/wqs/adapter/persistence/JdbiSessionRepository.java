package com.wqs.adapter.persistence;

import com.wqs.application.port.out.Session;
import com.wqs.application.port.out.SessionRepository;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Sessions live in the database so that every server instance sharing it sees the same sign-ins. */
final class JdbiSessionRepository implements SessionRepository {
    private final Database db;

    JdbiSessionRepository(Database db) {
        this.db = db;
    }

    @Override
    public void insert(Session session) {
        db.writeVoid(h -> {
            int inserted = h.createUpdate("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at,"
                    + " expires_at) VALUES (:tokenHash, :userId, :csrf, :createdAt, :lastSeenAt, :expiresAt)"
                    + " ON CONFLICT DO NOTHING")
                    .bind("tokenHash", session.tokenHash())
                    .bind("userId", session.userId().toString())
                    .bind("csrf", session.csrfToken())
                    .bind("createdAt", Columns.micros(session.createdAt()))
                    .bind("lastSeenAt", Columns.micros(session.lastSeenAt()))
                    .bind("expiresAt", Columns.micros(session.expiresAt()))
                    .execute();
            if (inserted == 0) {
                throw new ConflictException("session.duplicate", "a session with this token already exists");
            }
        });
    }

    @Override
    public Optional<Session> findByTokenHash(String tokenHash) {
        return db.read(h -> h.createQuery("SELECT token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at"
                + " FROM sessions WHERE token_hash = :tokenHash")
                .bind("tokenHash", tokenHash)
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public void touch(String tokenHash, Instant lastSeenAt) {
        db.writeVoid(h -> h.createUpdate("UPDATE sessions SET last_seen_at = :lastSeenAt WHERE token_hash = :tokenHash")
                .bind("lastSeenAt", Columns.micros(lastSeenAt))
                .bind("tokenHash", tokenHash)
                .execute());
    }

    @Override
    public void delete(String tokenHash) {
        db.writeVoid(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :tokenHash")
                .bind("tokenHash", tokenHash)
                .execute());
    }

    @Override
    public void deleteForUser(UserId userId) {
        db.writeVoid(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :userId")
                .bind("userId", userId.toString())
                .execute());
    }

    @Override
    public void deleteForUserExcept(UserId userId, String keptTokenHash) {
        db.writeVoid(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :userId AND token_hash <> :kept")
                .bind("userId", userId.toString())
                .bind("kept", keptTokenHash)
                .execute());
    }

    @Override
    public int deleteExpired(Instant now, Instant idleCutoff) {
        return db.write(h -> h.createUpdate("DELETE FROM sessions WHERE expires_at < :now OR last_seen_at < :idleCutoff")
                .bind("now", Columns.micros(now))
                .bind("idleCutoff", Columns.micros(idleCutoff))
                .execute());
    }

    private static Session map(ResultSet rs) throws SQLException {
        return new Session(rs.getString("token_hash"), new UserId(Columns.uuid(rs, "user_id")),
                rs.getString("csrf_token"), Columns.instant(rs, "created_at"), Columns.instant(rs, "last_seen_at"),
                Columns.instant(rs, "expires_at"));
    }
}
