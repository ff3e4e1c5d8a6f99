package com.wqs.application.port.out;

import com.wqs.domain.user.ApiTokenId;
import com.wqs.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ApiTokenRepository {
    void insert(ApiToken token);

    Optional<ApiToken> findByHash(String tokenHash);

    Optional<ApiToken> findById(ApiTokenId id);

    /** Oldest first. */
    List<ApiToken> findForUser(UserId userId);

    /** Every user's tokens, oldest first. */
    List<ApiToken> findAll();

    /** Records when the token was last used; nothing happens for an unknown id. */
    void touch(ApiTokenId id, Instant lastUsedAt);

    boolean delete(ApiTokenId id);

    /** Revokes every token of the user; returns how many there were. */
    int deleteForUser(UserId userId);
}
