package com.wqs.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the workplace speaks: pages, documents, e-mails and the command line's messages. A user may
 * choose one for themselves, a customer's documents are written in theirs; otherwise the installation's
 * locale decides.
 */
public enum Language {
    ENGLISH("en"),
    SPANISH("es");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 language tag: {@code en}, {@code es}. */
    public String tag() {
        return tag;
    }

    /** {@code es}, {@code es-MX}, {@code ES} or {@code SPANISH}; empty for a language the workplace does not speak. */
    public static Optional<Language> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim();
        String primary = value.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(l -> l.tag.equals(primary) || l.name().equalsIgnoreCase(value))
                .findFirst();
    }

    /** The language of a locale, English when the workplace does not speak it. */
    public static Language of(Locale locale) {
        return locale == null ? ENGLISH : parse(locale.getLanguage()).orElse(ENGLISH);
    }

    /**
     * The locale for numbers, money and dates in this language: the installation's own locale when it is in
     * this language ({@code es-MX} stays {@code es-MX}), otherwise this language in the installation's country.
     */
    public Locale locale(Locale installation) {
        if (installation != null && of(installation) == this) {
            return installation;
        }
        String country = installation == null ? "" : installation.getCountry();
        return new Locale.Builder().setLanguage(tag).setRegion(country).build();
    }
}
