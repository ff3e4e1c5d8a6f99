package com.wqs.adapter.persistence;

import com.wqs.application.port.out.LoginAttemptRepository;
import java.time.Instant;

/** Failed logins in a shared table, so the rate limit holds across server instances. */
final class JdbiLoginAttemptRepository implements LoginAttemptRepository {
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
    public int countFailuresSince(String key, Instant since) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM login_attempts WHERE attempt_key = :key"
                + " AND attempted_at >= :since")
                .bind("key", key)
                .bind("since", Columns.micros(since))
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public Instant oldestFailureSince(String key, Instant since) {
        return db.read(h -> h.createQuery("SELECT MIN(attempted_at) FROM login_attempts WHERE attempt_key = :key"
                + " AND attempted_at >= :since")
                .bind("key", key)
                .bind("since", Columns.micros(since))
                .map((rs, ctx) -> Columns.instant(rs, 1))
                .one());
    }

    @Override
    public void clear(String key) {
        db.writeVoid(h -> h.createUpdate("DELETE FROM login_attempts WHERE attempt_key = :key")
                .bind("key", key)
                .execute());
    }
}
