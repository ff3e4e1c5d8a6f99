package com.wqs.adapter.cli.output;

import com.wqs.adapter.web.i18n.Messages;
import com.wqs.domain.shared.Language;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line's texts ({@code i18n/cli_en.properties}, {@code cli_es.properties}). A run speaks
 * {@code --lang}, else {@code $WQS_LANG}, else the installation's language; never the shell's {@code LANG}, so
 * a script's output does not change with the terminal it runs in. JSON output and error codes stay English.
 */
public final class CliTexts {
    private static final Map<Language, Messages> ALL = Messages.load(CliTexts.class, List.of("cli"));

    private CliTexts() {
    }

    public static Messages of(Language language) {
        return ALL.get(language);
    }

    /** A table column's header: the text {@code cli.column.<header in lower case, dashes>}, as written if none. */
    public static String header(Messages messages, String header) {
        String key = headerKey(header);
        return key != null && messages.has(key) ? messages.text(key) : header;
    }

    /** {@code SIZE (MM)} → {@code cli.column.size-mm}; null for a header without letters ({@code #}, blank). */
    public static String headerKey(String header) {
        String slug = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? null : "cli.column." + slug;
    }
}
