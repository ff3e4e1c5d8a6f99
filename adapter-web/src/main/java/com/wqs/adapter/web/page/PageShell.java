package com.wqs.adapter.web.page;

import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.adapter.web.i18n.Messages;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import gg.jte.Content;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What every page's frame needs: the title, the signed-in user and their navigation, the session's
 * CSRF token for forms, the installation's formats, and an optional one-line notice (after an action).
 */
public record PageShell(String title, Section section, User user, String csrfToken, DisplayFormat format,
        String companyName, String notice, Messages messages) {

    public record NavItem(String label, String href, boolean current) {
    }

    public List<NavItem> navigation() {
        return Arrays.stream(Section.values())
                .filter(s -> s.visibleTo(user.role()))
                .map(s -> new NavItem(messages.text(s.textKey()), s.href(), s == section))
                .toList();
    }

    /** A text of the page's language, for templates: {@code ${shell.t(key)}}. */
    public Content t(String key) {
        return messages.localize(key);
    }

    /** A text with placeholders, each value HTML-escaped: {@code ${shell.t(key, count)}}. */
    public Content t(String key, Object... args) {
        return messages.localize(key, args);
    }

    /** An enum value's name in the page's language ({@link Messages#label}), such as a status or a role. */
    public String term(Enum<?> value) {
        return messages.label(value);
    }

    /** A unit after a quantity in the page's language ({@link Messages#unit}). */
    public String unit(Object unit) {
        return messages.unit(unit);
    }

    /** The page's language tag, for {@code <html lang>}. */
    public String lang() {
        return messages.tag();
    }

    public boolean isAdmin() {
        return user.role() == Role.ADMIN;
    }

    public boolean canSell() {
        return user.role() == Role.ADMIN || user.role() == Role.SALES;
    }

    public boolean canProduce() {
        return user.role() == Role.ADMIN || user.role() == Role.PRODUCTION;
    }

    /** {@code SALES} becomes {@code Sales}: English only, on its way out; pages use {@link #term}. */
    public static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
