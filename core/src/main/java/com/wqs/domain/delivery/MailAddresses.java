package com.wqs.domain.delivery;

import com.wqs.domain.shared.TextLimits;
import java.util.regex.Pattern;

/**
 * The e-mail addresses and header texts the outbox accepts: an address is {@code local@domain} of
 * printable ASCII without spaces, at most {@link TextLimits#EMAIL} characters; header texts (names,
 * subjects) lose every control character, so no CR/LF can start a header of its own.
 */
public final class MailAddresses {
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private MailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= TextLimits.EMAIL && ADDRESS.matcher(address).matches()
                && !address.startsWith(".") && !address.contains("..");
    }

    /** The text with every control character (CR, LF, tab, NUL, ...) replaced by a space, trimmed. */
    public static String headerText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.toString().trim();
    }
}
