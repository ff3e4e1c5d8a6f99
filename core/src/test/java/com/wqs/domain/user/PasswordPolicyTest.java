package com.wqs.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.domain.shared.ValidationException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private static final List<String> ANA = PasswordPolicy.contextWords("ana.silva@example.com", "Ana Maria Silva",
            "Glazing Brothers Ltd");

    @Test
    void eightCharactersAreEnoughAndUpToAHundredAndTwentyEightAreAllowed() {
        assertThatCode(() -> PasswordPolicy.check("tq8#vmzw", List.of())).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("x7".repeat(32), List.of())).as("64").doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("w9".repeat(64), List.of())).as("128").doesNotThrowAnyException();
        assertRefused("tq8#vmz", List.of(), "at least 8 characters");
        assertRefused("w9".repeat(64) + "x", List.of(), "at most 128 characters");
        assertRefused(null, List.of(), "at least 8 characters");
    }

    @Test
    void spacesAndAnyUnicodeCount() {
        assertThatCode(() -> PasswordPolicy.check("ñ ✓ 日本 ö ü", List.of())).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "PASSWORD", "12345678", "iloveyou", "qwertyuiop", "Password1", "trustno1"})
    void theMostCommonBreachedPasswordsAreRefusedInAnyCase(String common) {
        assertRefused(common, List.of(), "most common passwords");
    }

    @Test
    void theBundledListHasAtLeastTenThousandPasswords() {
        assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my ana.silva pass", "xxSILVAxx-2024", "maria forever 1", "my glazing brothers ltd!",
            "GLAZING BROTHERS LTD 99"})
    void theEmailsLocalPartTheNameAndTheCompanyAreRefusedAnywhereInAnyCase(String personal) {
        assertRefused(personal, ANA, "must not contain your name");
    }

    @Test
    void shortNameWordsAndTheEmailsDomainDoNotCount() {
        assertThat(ANA).doesNotContain("ana", "ltd", "example.com")
                .contains("ana.silva", "ana maria silva", "maria", "silva", "glazing brothers ltd")
                .doesNotContain("glazing", "brothers");
        assertThatCode(() -> PasswordPolicy.check("banana cake at example.com", ANA)).doesNotThrowAnyException();
        // the company's name counts whole, not word by word: a glass shop's staff may say "glazing"
        assertThatCode(() -> PasswordPolicy.check("glazing is fun!", ANA)).doesNotThrowAnyException();
    }

    private static void assertRefused(String password, List<String> context, String message) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, context))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("password");
                        assertThat(error.message()).contains(message);
                    });
                });
    }
}
