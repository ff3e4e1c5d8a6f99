package com.wqs.adapter.web.page;

import com.wqs.adapter.web.i18n.Messages;

/**
 * The one-line confirmations shown after an action redirects back to a page ({@code ?done=sent}): the
 * texts {@code notice.<code>}. Only known codes are shown, so a link cannot put arbitrary text on the page.
 */
final class Notices {
    private Notices() {
    }

    static String text(String code, Messages messages) {
        if (code == null || code.isEmpty() || code.length() > 40) {
            return null;
        }
        String key = "notice." + code;
        return messages.has(key) ? messages.text(key) : null;
    }
}
