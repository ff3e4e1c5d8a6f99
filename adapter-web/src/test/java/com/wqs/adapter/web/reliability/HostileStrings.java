package com.wqs.adapter.web.reliability;

import java.util.List;

/**
 * Text a client may send anywhere a string goes. Each carries a marker ({@code wqs-xss-N}) so a page that
 * shows it can be found, and none starts or ends with white space (the domain trims text), so an accepted
 * value must come back from the API exactly as sent.
 */
final class HostileStrings {
    /** Markup: must be shown as text, escaped, on every HTML page and in the PDF. */
    static final List<String> MARKUP = List.of(
            "<script>alert('wqs-xss-1')</script>",
            "\"><img src=x onerror=alert('wqs-xss-2')>",
            "'><svg/onload=alert('wqs-xss-3')>",
            "</textarea></title><script>alert('wqs-xss-4')</script>",
            "<a href=\"javascript:alert('wqs-xss-5')\">wqs-xss-5</a>",
            "wqs-xss-6\" autofocus onfocus=\"alert(6)",
            "<iframe srcdoc=\"<script>alert('wqs-xss-7')</script>\"></iframe>",
            "{{7*7}} ${7*7} <%= 7*7 %> wqs-xss-8");

    /** SQL: stored and shown verbatim, never executed. */
    static final List<String> SQL = List.of(
            "Robert'); DROP TABLE customers;-- wqs-sql-1",
            "' OR '1'='1 wqs-sql-2",
            "1; UPDATE users SET role='ADMIN' wqs-sql-3",
            "\\'; SELECT sqlite_version(); -- wqs-sql-4",
            "%' UNION SELECT password_hash FROM users -- wqs-sql-5");

    /** Unicode edge cases, as JSON string contents (escapes kept as written in the document). */
    static final List<String> UNICODE_JSON = List.of(
            "lone \\ud800 high surrogate",
            "lone \\udc00 low surrogate",
            "nul \\u0000 inside",
            "rtl \\u202e override evil.exe",
            "emoji \\ud83e\\ude9f window",
            "combining e\\u0301\\u0301\\u0301 marks",
            "non-NFC Ame\\u0301lie vs NFC Am\\u00e9lie",
            "bom \\ufeff and zero width \\u200b joiner",
            "control \\u0007 bell \\u001b[31m escape");

    static final String LONG = "L".repeat(100_000);

    private HostileStrings() {
    }

    /** Whether {@code value} is one of the markup payloads (their page rendering is checked). */
    static boolean isMarkup(String value) {
        return MARKUP.contains(value);
    }
}
