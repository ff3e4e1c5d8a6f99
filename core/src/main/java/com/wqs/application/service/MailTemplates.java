package com.wqs.application.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The e-mail texts, one resource per template and language ({@code mail/quote_en.txt}, {@code _es}), chosen by
 * the locale given (English when there is no text in its language): the customer's for the mail to a customer,
 * the installation's for the notice to the quote's owner. They live here, not in the web adapter's bundles,
 * so that core composes its mails with the JDK alone. A template's first line is
 * {@code Subject: ...}, then a blank line and the body; {@code {name}} is replaced by the value given.
 */
final class MailTemplates {
    private MailTemplates() {
    }

    record Text(String subject, String body) {
    }

    static Text render(String template, Locale locale, Map<String, String> values) {
        String source = load(template, locale.getLanguage());
        if (source == null) {
            source = load(template, "en");
        }
        if (source == null) {
            throw new IllegalStateException("missing mail template " + template);
        }
        int end = source.indexOf('\n');
        String subject = source.substring(0, end).replaceFirst("^Subject: ", "");
        String body = source.substring(end + 1).replaceFirst("^\r?\n", "");
        return new Text(fill(subject, values), fill(body, values));
    }

    private static String fill(String text, Map<String, String> values) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(text, i, text.length());
                break;
            }
            String key = text.substring(open + 1, close);
            out.append(text, i, open);
            out.append(values.containsKey(key) ? values.get(key) : text.substring(open, close + 1));
            i = close + 1;
        }
        return out.toString();
    }

    private static String load(String template, String language) {
        try (InputStream in = MailTemplates.class.getResourceAsStream("mail/" + template + "_" + language + ".txt")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
