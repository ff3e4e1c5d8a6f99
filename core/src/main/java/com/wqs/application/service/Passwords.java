package com.wqs.application.service;

import com.wqs.application.port.out.Store;
import com.wqs.domain.user.PasswordPolicy;
import com.wqs.domain.user.User;
import java.util.List;

/**
 * What every way of setting a password shares (an ADMIN's reset, a user's own change, a new user): the
 * policy with this installation's context words, and what a new password revokes.
 */
final class Passwords {
    private Passwords() {
    }

    /** Checks a new password against the policy; reads the company's name, so it runs its own read. */
    static void check(Store store, String password, String email, String fullName) {
        String company = store.transactions().readOnly(() -> store.settings().get().company().name());
        List<String> context = PasswordPolicy.contextWords(email, fullName, company);
        PasswordPolicy.check(password, context);
    }

    /**
     * Stores the new hash and revokes what the old password gave out: every API token and every session
     * but {@code keptSessionHash} (the one changing its own password; null keeps none). Call inside a
     * transaction.
     */
    static User replace(Store store, User user, String newHash, String keptSessionHash) {
        store.users().update(user.withPasswordHash(newHash));
        if (keptSessionHash == null) {
            store.sessions().deleteForUser(user.id());
        } else {
            store.sessions().deleteForUserExcept(user.id(), keptSessionHash);
        }
        store.apiTokens().deleteForUser(user.id());
        return store.users().findById(user.id()).orElseThrow();
    }
}
