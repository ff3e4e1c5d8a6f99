package com.wqs.adapter.persistence;

import com.wqs.application.port.out.ApiToken;
import com.wqs.application.port.out.ApiTokenRepository;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.ApiTokenId;
import com.wqs.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class JdbiApiTokenRepository implements ApiTokenRepository {
    private static final String COLUMNS = "id, user_id, name, token_hash, created_at, expires_at, last_used_at";

    private final Database db;

    JdbiApiTokenRepository(Database db) {
        this.db = db;
    }

    @Override
    public void insert(ApiToken token) {
        db.writeVoid(h -> {
            int inserted = h.createUpdate("INSERT INTO api_tokens (" + COLUMNS + ") VALUES (:id, :userId, :name,"
                    + " :tokenHash, :createdAt, :expiresAt, :lastUsedAt) ON CONFLICT DO NOTHING")
                    .bind("id", token.id().toString())
                    .bind("userId", token.userId().toString())
                    .bind("name", token.name())
                    .bind("tokenHash", token.tokenHash())
                    .bind("createdAt", Columns.micros(token.createdAt()))
                    .bind("expiresAt", Columns.micros(token.expiresAt()))
                    .bind("lastUsedAt", Columns.microsOrNull(token.lastUsedAt()))
                    .execute();
            if (inserted == 0) {
                throw new ConflictException("api_token.duplicate", "an API token with this id or hash already exists");
            }
        });
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_tokens WHERE token_hash = :tokenHash")
                .bind("tokenHash", tokenHash)
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public Optional<ApiToken> findById(ApiTokenId id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_tokens WHERE id = :id")
                .bind("id", id.toString())
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public List<ApiToken> findForUser(UserId userId) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_tokens WHERE user_id = :userId"
                + " ORDER BY created_at, id")
                .bind("userId", userId.toString())
                .map((rs, ctx) -> map(rs))
                .list());
    }

    @Override
    public List<ApiToken> findAll() {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_tokens ORDER BY created_at, id")
                .map((rs, ctx) -> map(rs))
                .list());
    }

    @Override
    public void touch(ApiTokenId id, Instant lastUsedAt) {
        db.writeVoid(h -> h.createUpdate("UPDATE api_tokens SET last_used_at = :at WHERE id = :id")
                .bind("at", Columns.micros(lastUsedAt))
                .bind("id", id.toString())
                .execute());
    }

    @Override
    public int deleteForUser(UserId userId) {
        return db.write(h -> h.createUpdate("DELETE FROM api_tokens WHERE user_id = :userId")
                .bind("userId", userId.toString())
                .execute());
    }

    @Override
    public boolean delete(ApiTokenId id) {
        return db.write(h -> h.createUpdate("DELETE FROM api_tokens WHERE id = :id")
                .bind("id", id.toString())
                .execute() > 0);
    }

    private static ApiToken map(ResultSet rs) throws SQLException {
        return new ApiToken(new ApiTokenId(Columns.uuid(rs, "id")), new UserId(Columns.uuid(rs, "user_id")),
                rs.getString("name"), rs.getString("token_hash"), Columns.instant(rs, "created_at"),
                Columns.instant(rs, "expires_at"), Columns.instant(rs, "last_used_at"));
    }
}
