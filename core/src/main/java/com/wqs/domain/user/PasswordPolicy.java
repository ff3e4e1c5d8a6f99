package com.wqs.domain.user;

import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be (OWASP ASVS 5.0, V6.2): at least {@value #MIN_LENGTH} characters (the forms
 * suggest {@value #SUGGESTED_LENGTH} or more), at most {@value #MAX_LENGTH} (every character counts, spaces
 * and any Unicode included; the cap only bounds the hashing cost), not one of the most common breached
 * passwords ({@link CommonPasswords}), and not containing the words that an attacker would try first for
 * this account: the email's local part, the user's name (whole, and each word of
 * {@value #MIN_CONTEXT_WORD} letters or more) and the company's name, compared case-insensitively.
 * No composition rules (upper case, digits, symbols): they do not make passwords stronger.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int SUGGESTED_LENGTH = 15;
    public static final int MAX_LENGTH = TextLimits.PASSWORD;
    /** Shorter words (e.g. a name such as "Li") would refuse too many good passwords. */
    static final int MIN_CONTEXT_WORD = 4;

    private PasswordPolicy() {
    }

    /**
     * @param context the words the password must not contain, see {@link #contextWords}
     * @throws ValidationException on the field {@code password}
     */
    public static void check(String password, List<String> context) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new ValidationException("password", "must be at least " + MIN_LENGTH + " characters ("
                    + SUGGESTED_LENGTH + " or more is better: a few unrelated words make a good one)");
        }
        if (password.length() > MAX_LENGTH) {
            throw new ValidationException("password", TextLimits.tooLong(MAX_LENGTH));
        }
        if (CommonPasswords.contains(password)) {
            throw new ValidationException("password", "is one of the most common passwords; choose another");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        for (String word : context) {
            if (lower.contains(word)) {
                throw new ValidationException("password", "must not contain your name, your email or the company's"
                        + " name");
            }
        }
    }

    /**
     * The words a password of this account must not contain, lower-case: the email's local part, the full
     * name and each of its words of at least {@value #MIN_CONTEXT_WORD} letters, and the company's whole name (not
     * its words: a shop called "Glass & Windows" may not forbid every password with "glass" in it).
     */
    public static List<String> contextWords(String email, String fullName, String companyName) {
        List<String> words = new ArrayList<>();
        String normalisedEmail = User.normaliseEmail(email);
        int at = normalisedEmail.indexOf('@');
        addIfLongEnough(words, at > 0 ? normalisedEmail.substring(0, at) : normalisedEmail);
        addWithWords(words, fullName);
        if (companyName != null) {
            addIfLongEnough(words, companyName.trim().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(words);
    }

    private static void addWithWords(List<String> words, String text) {
        if (text == null) {
            return;
        }
        String lower = text.trim().toLowerCase(Locale.ROOT);
        addIfLongEnough(words, lower);
        for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
            addIfLongEnough(words, word);
        }
    }

    private static void addIfLongEnough(List<String> words, String word) {
        if (word.length() >= MIN_CONTEXT_WORD && !words.contains(word)) {
            words.add(word);
        }
    }
}
