package com.wqs.adapter.web.api.csv;

/**
 * Text cells of every CSV export and import, safe against formula injection (OWASP "CSV Injection"): a
 * spreadsheet runs a cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return as a
 * formula, so such a text is exported with a single quote {@code '} in front, which spreadsheets show as text.
 *
 * <p>The rule, exact both ways: a text that starts with any number of {@code '} (zero included) followed by one
 * of those characters gets one more {@code '} on export; on import a cell that starts with {@code '} and whose
 * rest has that same shape loses exactly that one {@code '}. Every other text passes unchanged. So import after
 * export gives back every string, {@code '=x} (exported {@code ''=x}) included, and {@code 'hello} stays
 * {@code 'hello}. Only text columns go through here; numbers (a negative {@code -5}) are written as they are.
 */
public final class CsvText {
    private static final String TRIGGERS = "=+-@\t\r";

    private CsvText() {
    }

    /** The cell to write for {@code text} (null is an empty cell). */
    public static String exported(String text) {
        if (text == null) {
            return "";
        }
        return needsQuote(text) ? "'" + text : text;
    }

    /** The text a cell read from a file stands for (null stays null). */
    public static String imported(String cell) {
        if (cell != null && cell.startsWith("'") && needsQuote(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    /** Starts with zero or more {@code '} and then a character a spreadsheet would take as a formula. */
    private static boolean needsQuote(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && TRIGGERS.indexOf(text.charAt(i)) >= 0;
    }
}
