package com.wqs.application.inmemory;

import com.wqs.application.port.out.ApiToken;
import com.wqs.application.port.out.ApiTokenRepository;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.ApiTokenId;
import com.wqs.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryApiTokenRepository implements ApiTokenRepository {
    private static final Comparator<ApiToken> OLDEST_FIRST = Comparator.comparing(ApiToken::createdAt)
            .thenComparing(t -> t.id().toString());

    private final InMemoryDatabase database;

    InMemoryApiTokenRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public void insert(ApiToken token) {
        database.write(tables -> {
            boolean taken = tables.apiTokens.containsKey(token.id())
                    || tables.apiTokens.values().stream().anyMatch(t -> t.tokenHash().equals(token.tokenHash()));
            if (taken) {
                throw new ConflictException("api_token.duplicate", "API token " + token.id() + " already exists");
            }
            tables.apiTokens.put(token.id(), token);
        });
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return database.read(tables -> tables.apiTokens.values().stream()
                .filter(t -> t.tokenHash().equals(tokenHash))
                .findFirst());
    }

    @Override
    public Optional<ApiToken> findById(ApiTokenId id) {
        return database.read(tables -> Optional.ofNullable(tables.apiTokens.get(id)));
    }

    @Override
    public List<ApiToken> findForUser(UserId userId) {
        return database.read(tables -> tables.apiTokens.values().stream()
                .filter(t -> t.userId().equals(userId))
                .sorted(OLDEST_FIRST)
                .toList());
    }

    @Override
    public List<ApiToken> findAll() {
        return database.read(tables -> tables.apiTokens.values().stream().sorted(OLDEST_FIRST).toList());
    }

    @Override
    public void touch(ApiTokenId id, Instant lastUsedAt) {
        database.write(tables -> tables.apiTokens.computeIfPresent(id, (key, t) -> t.withLastUsedAt(lastUsedAt)));
    }

    @Override
    public boolean delete(ApiTokenId id) {
        return database.writeAndGet(tables -> tables.apiTokens.remove(id) != null);
    }

    @Override
    public int deleteForUser(UserId userId) {
        return database.writeAndGet(tables -> {
            int before = tables.apiTokens.size();
            tables.apiTokens.values().removeIf(t -> t.userId().equals(userId));
            return before - tables.apiTokens.size();
        });
    }
}
