package com.wqs.application.service;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for sessions, CSRF and API access: 32 random bytes, base64url without padding. */
final class SecureTokens {
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecureTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
