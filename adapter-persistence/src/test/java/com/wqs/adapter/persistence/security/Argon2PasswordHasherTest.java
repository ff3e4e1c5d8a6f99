package com.wqs.adapter.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void hashesWithArgon2idAndAtLeastTheOwaspParameters() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hash.split("\\$")).hasSize(6);
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.verify("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.verify("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        String first = hasher.hash("same password here");
        String second = hasher.hash("same password here");

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify("same password here", first)).isTrue();
        assertThat(hasher.verify("same password here", second)).isTrue();
    }

    @Test
    void handlesUnicodePasswords() {
        String hash = hasher.hash("contraseña segura ñandú 🪟");

        assertThat(hasher.verify("contraseña segura ñandú 🪟", hash)).isTrue();
        assertThat(hasher.verify("contrasena segura nandu 🪟", hash)).isFalse();
    }

    @Test
    void verifiesHashesMadeWithOtherArgon2idParameters() {
        String stronger = Password.hash("a longer passphrase")
                .addRandomSalt(16)
                .with(Argon2Function.getInstance(32_768, 3, 1, 32, Argon2.ID))
                .getResult();

        assertThat(hasher.verify("a longer passphrase", stronger)).isTrue();
        assertThat(hasher.verify("another passphrase", stronger)).isFalse();
    }

    @Test
    void aHashInAnotherFormatNeverVerifies() {
        assertThat(hasher.verify("password", "pbkdf2$310000$c2FsdA$aGFzaA")).isFalse();
        assertThat(hasher.verify("password", null)).isFalse();
    }
}
