package com.wqs.application.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Pbkdf2PasswordHasherTest {
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher();

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.verify("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.verify("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher.verify("Correct horse battery staple", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void theHashNamesItsAlgorithmAndIterationsAndCarriesARandomSalt() {
        String first = hasher.hash("same password");
        String second = hasher.hash("same password");

        assertThat(first).startsWith("pbkdf2-sha256$210000$").doesNotContain("same password");
        assertThat(first.split("\\$")).hasSize(4);
        assertThat(Integer.parseInt(first.split("\\$")[1])).isGreaterThanOrEqualTo(210_000);
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify("same password", second)).isTrue();
    }

    @Test
    void unicodePasswordsWork() {
        String hash = hasher.hash("contraseña-ñandú-密码-🔑");

        assertThat(hasher.verify("contraseña-ñandú-密码-🔑", hash)).isTrue();
        assertThat(hasher.verify("contrasena-nandu-密码-🔑", hash)).isFalse();
    }

    /** RFC 6070-style vectors for PBKDF2-HMAC-SHA256 ("password", "salt", 1 and 2 iterations, 32 bytes). */
    @Test
    void verifiesHashesMadeWithOtherIterationCounts() {
        assertThat(hasher.verify("password",
                encoded(1, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"))).isTrue();
        assertThat(hasher.verify("password",
                encoded(2, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"))).isTrue();
        assertThat(hasher.verify("password",
                encoded(2, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "pbkdf2-sha256$x$c2FsdA$AAAA", "pbkdf2-sha256$0$c2FsdA$AAAA",
        "pbkdf2-sha256$1$$AAAA", "pbkdf2-sha256$1$c2FsdA$", "pbkdf2-sha256$1$not base64!$AAAA",
        "pbkdf2-sha1$1$c2FsdA$AAAA", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$AAAA", "pbkdf2-sha256$1$c2FsdA$AAAA$extra"})
    void malformedHashesNeverVerify(String hash) {
        assertThat(hasher.verify("password", hash)).isFalse();
    }

    @Test
    void missingInputNeverVerifies() {
        assertThat(hasher.verify(null, hasher.hash("x"))).isFalse();
        assertThat(hasher.verify("x", null)).isFalse();
    }

    private static String encoded(int iterations, String hex) {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + iterations + "$" + base64.encodeToString("salt".getBytes())
                + "$" + base64.encodeToString(HexFormat.of().parseHex(hex));
    }
}
