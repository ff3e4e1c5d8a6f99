package com.wqs.adapter.persistence;

import com.wqs.application.port.out.LoginAttemptRepository;
import com.wqs.application.port.out.LoginFailures;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Failed logins in a shared table, so the rate limit holds across server instances. */
final class JdbiLoginAttemptRepository implements LoginAttemptRepository {
    private static final String SUMMARY = "SELECT attempt_key, COUNT(*) AS failures, MIN(attempted_at) AS oldest,"
            + " MAX(attempted_at) AS latest FROM login_attempts WHERE attempted_at >= :since";

    private final Database db;

    JdbiLoginAttemptRepository(Database db) {
        this.db = db;
    }

    @Override
    public void recordFailure(String key, Instant at) {
        db.writeVoid(h -> h.createUpdate("INSERT INTO login_attempts (attempt_key, attempted_at) VALUES (:key, :at)")
                .bind("key", key)
                .bind("at", Columns.micros(at))
                .execute());
    }

    @Override
    public LoginFailures failuresSince(String key, Instant since) {
        return db.read(h -> h.createQuery(SUMMARY + " AND attempt_key = :key GROUP BY attempt_key")
                .bind("key", key)
                .bind("since", Columns.micros(since))
                .map((rs, ctx) -> map(rs))
                .findOne()
                .orElse(LoginFailures.none(key)));
    }

    @Override
    public List<LoginFailures> allFailuresSince(Instant since) {
        return db.read(h -> h.createQuery(SUMMARY + " GROUP BY attempt_key ORDER BY attempt_key")
                .bind("since", Columns.micros(since))
                .map((rs, ctx) -> map(rs))
                .list());
    }

    @Override
    public void clear(String key) {
        db.writeVoid(h -> h.createUpdate("DELETE FROM login_attempts WHERE attempt_key = :key")
                .bind("key", key)
                .execute());
    }

    @Override
    public int deleteBefore(Instant before) {
        return db.write(h -> h.createUpdate("DELETE FROM login_attempts WHERE attempted_at < :before")
                .bind("before", Columns.micros(before))
                .execute());
    }

    private static LoginFailures map(ResultSet rs) throws SQLException {
        return new LoginFailures(rs.getString("attempt_key"), rs.getInt("failures"), Columns.instant(rs, "oldest"),
                Columns.instant(rs, "latest"));
    }
}
