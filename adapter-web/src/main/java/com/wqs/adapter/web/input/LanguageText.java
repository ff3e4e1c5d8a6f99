package com.wqs.adapter.web.input;

import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.ValidationException;

/**
 * A language as a client or a form sends it: {@code en}, {@code es} (or a tag of theirs such as {@code es-MX}).
 * Anything else is refused naming the field, before anything changes.
 */
public final class LanguageText {
    /** The rule a refused value breaks, the same for the API and the pages. */
    public static final String RULE = "must be en or es";

    private LanguageText() {
    }

    /** null stays null (none chosen); a language the workplace does not speak is a {@link ValidationException}. */
    public static Language parse(String field, String text) {
        if (text == null) {
            return null;
        }
        return Language.parse(text).orElseThrow(() -> new ValidationException(field, RULE));
    }

    /** For forms, where an empty choice means none: blank is null. */
    public static Language parseChoice(String field, String text) {
        return text == null || text.isBlank() ? null : parse(field, text);
    }

    /** The tag a client reads back, null for none. */
    public static String tag(Language language) {
        return language == null ? null : language.tag();
    }
}
