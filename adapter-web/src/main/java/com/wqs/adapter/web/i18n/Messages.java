package com.wqs.adapter.web.i18n;

import com.wqs.domain.shared.Language;
import gg.jte.support.LocalizationSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The workplace's texts in one language, read from the bundles under {@code i18n/} ({@code
 * i18n/quotes_es.properties}, UTF-8). Templates call {@code ${shell.t("key")}} or {@code localize}; Java code
 * calls {@link #text}. Placeholders are {@code {0}}, {@code {1}}…, filled with already formatted values (numbers
 * and money come from {@link com.wqs.adapter.web.format.DisplayFormat}); there is no MessageFormat quoting,
 * so an apostrophe is just an apostrophe. A key missing from every bundle is a programming error and throws:
 * the tests render every page in both languages and compare the bundles' keys.
 */
public final class Messages implements LocalizationSupport {
    /** One bundle per part of the workplace, so parts can grow their texts without touching each other. */
    public static final List<String> BUNDLES = List.of("common", "quotes", "editor", "catalog", "production",
            "workshop", "people", "documents");

    private static final Map<Language, Messages> ALL = load(Messages.class, BUNDLES);

    private final Language language;
    private final Map<String, String> texts;

    private Messages(Language language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    public static Messages of(Language language) {
        return ALL.get(language == null ? Language.ENGLISH : language);
    }

    public Language language() {
        return language;
    }

    /** The language tag for {@code <html lang>}: {@code en}, {@code es}. */
    public String tag() {
        return language.tag();
    }

    public Locale locale() {
        return Locale.forLanguageTag(language.tag());
    }

    /** Every key of this language's bundles, sorted. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(texts.keySet());
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /**
     * A unit after a quantity ({@code 3 cartridges}, {@code 3 cartuchos}) for a material unit's name, as a
     * {@code MaterialUnit} or as stored in a priced line; a unit without a text is shown as it is, none as "".
     */
    public String unit(Object unit) {
        if (unit == null) {
            return "";
        }
        String name = unit instanceof Enum<?> e ? e.name() : unit.toString();
        return has("unit." + name) ? text("unit." + name) : name;
    }

    /** The text for {@code key}, its {@code {n}} placeholders replaced by {@code args} (as given, not escaped). */
    public String text(String key, Object... args) {
        String pattern = lookup(key);
        if (args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16 * args.length);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern, i + 1, close, 10);
                out.append(index < args.length ? String.valueOf(args[index]) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** An enum value's name for people: the key {@code enum.<SimpleClassName>.<NAME>}. */
    public String label(Enum<?> value) {
        return value == null ? "" : text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    @Override
    public String lookup(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no text '" + key + "' in the " + language.tag() + " bundles");
        }
        return text;
    }

    private static boolean isIndex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return to - from <= 2;
    }

    /**
     * Each language's texts from {@code /i18n/<bundle>_<tag>.properties} on {@code anchor}'s class path, for
     * another face with its own bundles (the command line's).
     */
    public static Map<Language, Messages> load(Class<?> anchor, List<String> bundles) {
        Map<Language, Messages> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> texts = new TreeMap<>();
            for (String bundle : bundles) {
                String resource = "/i18n/" + bundle + "_" + language.tag() + ".properties";
                Properties properties = read(anchor, resource);
                for (String key : properties.stringPropertyNames()) {
                    if (texts.putIfAbsent(key, properties.getProperty(key)) != null) {
                        throw new IllegalStateException("text '" + key + "' is in two bundles, the second " + resource);
                    }
                }
            }
            all.put(language, new Messages(language, Collections.unmodifiableMap(texts)));
        }
        return Collections.unmodifiableMap(all);
    }

    private static Properties read(Class<?> anchor, String resource) {
        Properties properties = new Properties();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing message bundle " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + resource, e);
        }
        return properties;
    }
}
