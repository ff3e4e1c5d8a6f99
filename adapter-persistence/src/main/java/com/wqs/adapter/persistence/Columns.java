package com.wqs.adapter.persistence;

import com.wqs.domain.shared.Language;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/** Conversions between domain values and the column formats described in V1__initial_schema.sql. */
final class Columns {
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private Columns() {
    }

    /** Microseconds since the epoch: exact for instants from the system clock, which has microsecond precision. */
    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND),
                instant.getNano() / 1_000);
    }

    static Long microsOrNull(Instant instant) {
        return instant == null ? null : micros(instant);
    }

    static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs, rs.findColumn(column));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        long micros = rs.getLong(column);
        return rs.wasNull() ? null : instant(micros);
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    /** {@code BigDecimal.toString()} round-trips value and scale exactly, unlike a floating column. */
    static String decimal(BigDecimal value) {
        return value == null ? null : value.toString();
    }

    static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : new BigDecimal(text);
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : UUID.fromString(text);
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : Enum.valueOf(type, text);
    }

    /** A language as its tag ({@code es}); null stays null (no language chosen). */
    static String languageTag(Language language) {
        return language == null ? null : language.tag();
    }

    static Language language(ResultSet rs, String column) throws SQLException {
        String tag = rs.getString(column);
        return tag == null ? null : Language.parse(tag)
                .orElseThrow(() -> new IllegalStateException("unknown language '" + tag + "' in column " + column));
    }

    /** Catalogue codes are compared upper-case, as the catalogue records store them. */
    static String code(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    /** Text as stored in {@code *_folded} columns: lower-cased the same way on every database. */
    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * A "contains" pattern for {@code folded_column LIKE :text ESCAPE '!'}; the wildcard characters
     * in {@code text} are matched literally. ('!' rather than a backslash, which JDBI's SQL parser
     * takes for an escape of its own.)
     */
    static String containsPattern(String text) {
        String lower = fold(text);
        StringBuilder pattern = new StringBuilder("%");
        for (char c : lower.toCharArray()) {
            if (c == '%' || c == '_' || c == '!') {
                pattern.append('!');
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
