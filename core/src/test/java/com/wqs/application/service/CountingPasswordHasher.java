package com.wqs.application.service;

import com.wqs.application.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast stand-in for the slow production hasher, counting hashes and verifications against hashes it
 * made (a login must do one such verification even for an unknown email, so its timing gives nothing
 * away). Not a secure hash: tests only.
 */
final class CountingPasswordHasher implements PasswordHasher {
    private static final String PREFIX = "test$";
    private final AtomicInteger hashes = new AtomicInteger();
    private final AtomicInteger verifications = new AtomicInteger();

    @Override
    public String hash(String password) {
        hashes.incrementAndGet();
        return encode(password);
    }

    @Override
    public boolean verify(String password, String hash) {
        if (hash.startsWith(PREFIX)) {
            verifications.incrementAndGet();
        }
        return encode(password).equals(hash);
    }

    int hashes() {
        return hashes.get();
    }

    private static String encode(String password) {
        return PREFIX + Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8));
    }

    int verifications() {
        return verifications.get();
    }
}
