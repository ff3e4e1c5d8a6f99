package com.wqs.adapter.web.i18n;

import com.wqs.domain.shared.Language;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a request is answered in: the signed-in user's choice, else the browser's {@code
 * Accept-Language} (the first range the workplace speaks, by weight), else the installation's locale.
 */
public final class WorkplaceLanguage {
    private WorkplaceLanguage() {
    }

    public static Language of(Language chosen, String acceptLanguage, Language installation) {
        if (chosen != null) {
            return chosen;
        }
        return fromAcceptLanguage(acceptLanguage).orElse(installation);
    }

    /** {@code es-MX,es;q=0.9,en;q=0.8} is Spanish; a malformed header counts as absent. */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 1_000) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .map(range -> Language.parse(range.getRange()))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
