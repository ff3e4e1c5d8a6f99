package com.wqs.adapter.web.input;

import java.util.Optional;

/**
 * What text from a client may contain: any Unicode character except control characters other than tab,
 * line feed and carriage return, and halves of a surrogate pair standing alone. NUL cannot be stored in a
 * PostgreSQL text column, other control characters are not allowed in the XML the PDF is rendered from,
 * and a lone surrogate is not a character at all (stored as UTF-8 it would silently become "?").
 */
public final class TextRules {
    private TextRules() {
    }

    /** Why {@code text} is refused, or empty when it is fine. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired surrogate (U+" + hex(c) + ")");
            } else if (isRefusedControl(c)) {
                return Optional.of("must not contain the control character U+" + hex(c));
            }
        }
        return Optional.empty();
    }

    /** {@code text} with every character {@link #problem} refuses replaced by U+FFFD, for output. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || isRefusedControl(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isRefusedControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE
                || c == 0xFFFF;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
