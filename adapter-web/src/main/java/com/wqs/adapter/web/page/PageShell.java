package com.wqs.adapter.web.page;

import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What every page's frame needs: the title, the signed-in user and their navigation, the session's
 * CSRF token for forms, the installation's formats, and an optional one-line notice (after an action).
 */
public record PageShell(String title, Section section, User user, String csrfToken, DisplayFormat format,
        String companyName, String notice) {

    public record NavItem(String label, String href, boolean current) {
    }

    public List<NavItem> navigation() {
        return Arrays.stream(Section.values())
                .filter(s -> s.visibleTo(user.role()))
                .map(s -> new NavItem(s.label(), s.href(), s == section))
                .toList();
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

    /** {@code SALES} becomes {@code Sales}; for enum names shown to people. */
    public static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
