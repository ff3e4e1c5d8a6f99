package com.wqs.application.port.out;

import com.wqs.domain.user.ApiTokenId;
import com.wqs.domain.user.UserId;
import java.util.List;
import java.util.Optional;

public interface ApiTokenRepository {
    void insert(ApiToken token);

    Optional<ApiToken> findByHash(String tokenHash);

    Optional<ApiToken> findById(ApiTokenId id);

    List<ApiToken> findForUser(UserId userId);

    boolean delete(ApiTokenId id);
}
