package com.wqs.domain.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The most common passwords from public breach corpora, shipped with the application
 * ({@code common-passwords.txt} beside this class; its README names the source and license). Read once,
 * on first use; compared case-insensitively.
 */
final class CommonPasswords {
    private static final String RESOURCE = "common-passwords.txt";

    private CommonPasswords() {
    }

    static boolean contains(String password) {
        return Holder.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return Holder.PASSWORDS.size();
    }

    /** Loaded on first use only, so start-up and code that never checks a password pay nothing. */
    private static final class Holder {
        private static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled list " + RESOURCE + " is missing");
                }
                Set<String> passwords = new HashSet<>(65_536);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isEmpty()) {
                        passwords.add(line.toLowerCase(Locale.ROOT));
                    }
                }
                return Set.copyOf(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
