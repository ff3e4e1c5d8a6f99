package com.wqs.adapter.persistence.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import com.wqs.application.port.out.PasswordHasher;

/**
 * Argon2id with the OWASP minimum (19 MiB of memory, 2 iterations, 1 lane), a 16-byte random salt and a
 * 32-byte hash, in the standard {@code $argon2id$v=19$m=...} encoding. Verification reads the parameters
 * from the stored hash, so hashes made with other (stronger) parameters keep working.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;
    private static final String PREFIX = "$argon2id$";

    @Override
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(Function.ARGON2).getResult();
    }

    /** Made on first use: password4j's start-up (its properties, its providers) is no cost of a command that signs nobody in. */
    private static final class Function {
        static final Argon2Function ARGON2 = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM,
                HASH_BYTES, Argon2.ID, Argon2Function.ARGON2_VERSION_13);
    }

    /** False for a wrong password and for a hash that is not Argon2id (e.g. a disabled account's marker). */
    @Override
    public boolean verify(String password, String hash) {
        if (password == null || hash == null || !hash.startsWith(PREFIX)) {
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }
}
