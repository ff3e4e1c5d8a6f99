package com.wqs.domain.layout;

import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The short text form of a layout, for the CLI, CSV files and people:
 *
 * <pre>
 * layout  = cell | split
 * split   = ("V" | "H") [ "(" mm { "," mm } ")" ] "[" layout { "," layout } "]"
 * cell    = opening [ ":" glass-code ]
 * opening = FIX | CL | CR | TTL | TTR | AW | HO | SL | SR | DL | DR   (or the full name, e.g. CASEMENT_LEFT)
 * </pre>
 *
 * {@code V} splits side by side (parts left to right), {@code H} stacks (parts bottom to top); the
 * optional numbers are the divisions' centre lines in mm from the left/bottom, else the split is equal.
 * Examples: {@code V[SL,SR]}, {@code V(600)[FIX,CR]}, {@code H(1700)[TTL,FIX:GL-LAM-8]}.
 */
public final class LayoutNotation {
    private static final int MAX_LENGTH = TextLimits.LAYOUT;

    private LayoutNotation() {
    }

    /** Parses a layout; a syntax error is a validation error on {@code field} saying where and what. */
    public static Layout parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ValidationException(field, TextLimits.tooLong(MAX_LENGTH));
        }
        Parser parser = new Parser(text, field);
        Layout layout = parser.layout(0);
        parser.skipSpaces();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected '" + text.charAt(parser.pos) + "'");
        }
        return layout;
    }

    public static String format(Layout layout) {
        if (layout instanceof Layout.Cell cell) {
            return cell.opening().shortCode() + (cell.glassCode() == null ? "" : ":" + cell.glassCode());
        }
        Layout.Split split = (Layout.Split) layout;
        String positions = split.positionsMm().isEmpty() ? ""
                : split.positionsMm().stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        return split.direction().symbol() + positions
                + split.parts().stream().map(LayoutNotation::format).collect(Collectors.joining(",", "[", "]"));
    }

    private static final class Parser {
        private static final int MAX_DEPTH = 16;
        private final String text;
        private final String field;
        private int pos;

        Parser(String text, String field) {
            this.text = text;
            this.field = field;
        }

        Layout layout(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("splits are nested more than " + MAX_DEPTH + " deep");
            }
            skipSpaces();
            if (pos < text.length() && (text.charAt(pos) == 'V' || text.charAt(pos) == 'v'
                    || text.charAt(pos) == 'H' || text.charAt(pos) == 'h') && nextIsBracket()) {
                return split(depth);
            }
            return cell();
        }

        private boolean nextIsBracket() {
            int p = pos + 1;
            while (p < text.length() && text.charAt(p) == ' ') {
                p++;
            }
            return p < text.length() && (text.charAt(p) == '(' || text.charAt(p) == '[');
        }

        private Layout split(int depth) {
            Direction direction = Character.toUpperCase(text.charAt(pos)) == 'V' ? Direction.VERTICAL
                    : Direction.HORIZONTAL;
            pos++;
            skipSpaces();
            List<Integer> positions = new ArrayList<>();
            if (peek('(')) {
                pos++;
                do {
                    skipSpaces();
                    positions.add(number());
                    skipSpaces();
                } while (accept(','));
                expect(')');
                skipSpaces();
            }
            expect('[');
            List<Layout> parts = new ArrayList<>();
            do {
                parts.add(layout(depth + 1));
                skipSpaces();
            } while (accept(','));
            expect(']');
            return new Layout.Split(direction, positions, parts);
        }

        private Layout cell() {
            String word = word();
            if (word.isEmpty()) {
                throw error(pos < text.length() ? "expected an opening, found '" + text.charAt(pos) + "'"
                        : "expected an opening at the end");
            }
            Opening opening = Opening.parse(word).orElseThrow(() -> error("unknown opening '" + word
                    + "' (use " + Arrays.stream(Opening.values()).map(Opening::shortCode)
                            .collect(Collectors.joining(", ")) + ", or the full names)"));
            skipSpaces();
            String glass = null;
            if (accept(':')) {
                skipSpaces();
                glass = word();
                if (glass.isEmpty()) {
                    throw error("expected a glass code after ':'");
                }
            }
            return new Layout.Cell(opening, glass);
        }

        private String word() {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                    || text.charAt(pos) == '-' || text.charAt(pos) == '.')) {
                pos++;
            }
            return text.substring(start, pos);
        }

        private int number() {
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (start == pos || pos - start > 6) {
                pos = start;
                throw error("expected a position in whole mm");
            }
            return Integer.parseInt(text.substring(start, pos));
        }

        void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }

        private boolean peek(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        private boolean accept(char c) {
            if (peek(c)) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            skipSpaces();
            if (!accept(c)) {
                throw error("expected '" + c + "'" + (pos < text.length() ? ", found '" + text.charAt(pos) + "'"
                        : " at the end"));
            }
        }

        ValidationException error(String message) {
            return new ValidationException(field, message + " at position " + (pos + 1) + " of '" + text + "'");
        }
    }
}
